import { z } from 'zod';
import { ErrorBodySchema } from '../error-codes';
import { Amount, Uuid } from './common';
import { RefundBody } from './refund';
import { CreateSaleBody } from './sale';
import { CashMovementBody, CloseShiftBody, NoSaleBody, OpenShiftBody } from './shift';

/** An entry's own fields: its id (the server is idempotent on it) and who was signed in at the register. */
const entryBase = {
  id: Uuid,
  /** Who was signed in at the register when it happened (the one pushing may be someone else); absent: the pusher. */
  staffId: Uuid.optional(),
};

/** Where a drawer fact happened: the register (its outbox is per register) and its shift. */
const onShift = { registerId: Uuid, shiftId: Uuid };

/**
 * One fact from a register's outbox. Its `id` is the fact's own id (the sale's, the refund's, the
 * shift's, the cash movement's), which the server is idempotent on; a close is idempotent on its
 * shift (closing a closed shift with the same count answers a duplicate). Entries apply in order:
 * a shift opened offline is there before its sales, a sale before its refund.
 */
export const OutboxEntry = z
  .discriminatedUnion('type', [
    z.strictObject({ ...entryBase, type: z.literal('sale'), payload: CreateSaleBody }),
    z.strictObject({
      ...entryBase,
      type: z.literal('refund'),
      payload: RefundBody.extend({
        /** What the register gave back, as it worked it out offline: a different figure raises an alert. */
        expectedTotal: Amount.optional(),
      }),
    }),
    z.strictObject({ ...entryBase, type: z.literal('shift_open'), payload: OpenShiftBody }),
    z.strictObject({
      ...entryBase,
      type: z.literal('cash_movement'),
      payload: CashMovementBody.extend(onShift),
    }),
    z.strictObject({ ...entryBase, type: z.literal('no_sale'), payload: NoSaleBody.extend(onShift) }),
    z.strictObject({ ...entryBase, type: z.literal('shift_close'), payload: CloseShiftBody.extend(onShift) }),
  ])
  .refine((entry) => entry.type === 'shift_close' || entry.id === entry.payload.id, {
    message: "an entry's id is its fact's id",
    path: ['id'],
  })
  .meta({ id: 'OutboxEntry' });

/**
 * A register's outbox, in order. Each entry is checked on its own (a malformed one is rejected,
 * never the batch), so the envelope takes any object with an id and the server parses each as an
 * {@link OutboxEntry}.
 */
export const SyncPushBody = z.strictObject({
  registerId: Uuid,
  entries: z
    .array(z.looseObject({ id: Uuid }))
    .min(1)
    .max(100)
    .meta({ description: 'Outbox entries, oldest first; each is an OutboxEntry' }),
});

/** What became of one entry: applied now, applied before (same answer), or rejected with a reason. */
export const PushResult = z.discriminatedUnion('status', [
  z.object({
    id: Uuid,
    status: z.enum(['applied', 'duplicate']),
    /** The receipt number of a sale (or of the sale a refund gave back). */
    receiptNo: z.string().optional(),
    /** The business rules the fact broke: recorded anyway, raised as alerts for the owner. */
    alerts: z.array(z.string()),
  }),
  z.object({ id: Uuid, status: z.literal('rejected'), error: ErrorBodySchema.shape.error }),
]);

export const SyncPushAnswer = z.object({ results: z.array(PushResult) });

export type OutboxEntry = z.infer<typeof OutboxEntry>;
export type SyncPushBody = z.infer<typeof SyncPushBody>;
export type PushResult = z.infer<typeof PushResult>;
export type SyncPushAnswer = z.infer<typeof SyncPushAnswer>;
