import { z } from 'zod';
import { Uuid } from './common';

export const ScaleBarcodeTemplate = z.object({
  prefix: z.string().regex(/^\d{1,3}$/),
  pluLength: z.int().min(1).max(6),
  valueLength: z.int().min(4).max(6),
  kind: z.enum(['weight', 'price']),
});

export const Store = z
  .object({
    id: Uuid,
    code: z.string(),
    name: z.string(),
    address: z.string().nullable(),
    phone: z.string().nullable(),
    currency: z.string(),
    locale: z.string(),
    timeZone: z.string(),
    businessDayCutoverMinutes: z.int(),
    taxMode: z.enum(['inclusive', 'exclusive']),
    taxRounding: z.enum(['line', 'receipt']),
    taxInclusiveTarget: z.enum(['net', 'tax']),
    roundingMode: z.enum(['half-up', 'half-even', 'down', 'up', 'floor', 'ceiling']),
    cashRounding: z.object({ increment: z.int().min(0), mode: z.enum(['down', 'half-up']) }),
    scaleBarcodeTemplates: z.array(ScaleBarcodeTemplate),
    receiptFooter: z.string().nullable(),
  })
  .meta({ id: 'Store' });

export const Register = z
  .object({
    id: Uuid,
    storeId: Uuid,
    code: z.string(),
    name: z.string(),
    active: z.boolean(),
    /** In training mode (培训模式): its sales are training sales. */
    training: z.boolean(),
  })
  .meta({ id: 'Register' });

export const StoreParams = z.strictObject({ storeId: Uuid });
export const TrainingBody = z.strictObject({ training: z.boolean() });

export type Store = z.infer<typeof Store>;
export type Register = z.infer<typeof Register>;
