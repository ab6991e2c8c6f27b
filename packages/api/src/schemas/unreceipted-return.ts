import { z } from 'zod';
import { EpochMs, Quantity, Text, Uuid } from './common';

/**
 * A return without a receipt (无小票退货): goods taken back at today's price, with the reason. A
 * cashier needs a manager's user name and PIN (`approver`); the money goes to the store's chosen
 * tender (`unreceiptedReturnTender`): cash out of the drawer, or to a card on the terminal, whose
 * `reference` is then required.
 */
export const UnreceiptedReturnBody = z.strictObject({
  id: Uuid,
  registerId: Uuid,
  shiftId: Uuid,
  at: EpochMs,
  lines: z
    .array(z.strictObject({ productId: Uuid, quantity: Quantity.min(1), damaged: z.boolean().optional() }))
    .min(1)
    .max(100),
  reason: Text(1, 200),
  approver: z
    .strictObject({ username: Text(1, 64), pin: z.string().regex(/^\d{4,8}$/, 'a PIN is 4 to 8 digits') })
    .optional(),
  reference: Text(1, 64).optional(),
});

export const UnreceiptedReturn = z
  .object({
    id: Uuid,
    registerId: Uuid,
    shiftId: Uuid,
    staffId: Uuid,
    approvedBy: Uuid,
    approverName: z.string(),
    at: EpochMs,
    total: z.int(),
    tender: z.object({ kind: z.enum(['cash', 'card']), amount: z.int(), reference: z.string().nullable() }),
    lines: z.array(
      z.object({
        productId: Uuid,
        name: z.string(),
        quantity: z.int(),
        unitPrice: z.int(),
        amount: z.int(),
        damaged: z.boolean(),
      }),
    ),
    reason: z.string(),
  })
  .meta({ id: 'UnreceiptedReturn' });

export type UnreceiptedReturnBody = z.infer<typeof UnreceiptedReturnBody>;
export type UnreceiptedReturn = z.infer<typeof UnreceiptedReturn>;
