import { z } from 'zod';
import { Uuid } from './common';

/** Something recorded anyway that the owner should look at. */
export const Alert = z.object({
  id: z.string(),
  storeId: z.string(),
  kind: z.string().meta({ description: "e.g. 'negative_stock', 'register_offline', 'unusual_refunds'" }),
  refId: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
  createdAt: z.int(),
  readAt: z.int().nullable(),
});
export type Alert = z.infer<typeof Alert>;

export const AlertQuery = z.object({
  storeId: Uuid.optional().meta({ description: 'one store; every store you may see when left out' }),
  unread: z
    .enum(['true', 'false'])
    .optional()
    .transform((value) => value === 'true')
    .meta({ description: 'only unread alerts' }),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export const AlertList = z.object({ items: z.array(Alert), unread: z.int() });
export type AlertList = z.infer<typeof AlertList>;

export const AlertParams = z.object({ alertId: Uuid });

export const ReadAlertsBody = z.object({
  storeId: Uuid.optional().meta({ description: 'one store; every store you may see when left out' }),
});

export const ReadAlertsAnswer = z.object({ marked: z.int() });
