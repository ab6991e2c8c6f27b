import { z } from 'zod';
import { ErrorBodySchema } from '../error-codes';
import { Uuid } from './common';
import { CreateSaleBody } from './sale';

/**
 * One fact from a register's outbox: a sale, for now. Its `id` is the fact's own id (the sale's),
 * which the server is idempotent on. `staffId` is who was signed in at the register when it
 * happened (the one pushing may be someone else, after a cashier change); absent: the pusher.
 */
export const OutboxEntry = z
  .strictObject({
    id: Uuid,
    type: z.literal('sale'),
    staffId: Uuid.optional(),
    payload: CreateSaleBody,
  })
  .refine((entry) => entry.id === entry.payload.id, {
    message: "a sale entry's id is the sale's id",
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
    receiptNo: z.string(),
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
