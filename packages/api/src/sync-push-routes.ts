import { defineRoute } from './route';
import { SyncPushAnswer, SyncPushBody } from './schemas/sync-push';

/** The register's push (DESIGN.md §5): its outbox of facts, applied once each, in order. */
export const syncPushRoutes = {
  syncPush: defineRoute({
    method: 'POST',
    path: '/api/v1/sync/push',
    summary:
      "Send a register's outbox: each entry applied in its own transaction, idempotently on its id; facts that happened offline are recorded even when they break a business rule (raised as alerts)",
    tag: 'sync',
    access: 'sale.create',
    body: SyncPushBody,
    response: SyncPushAnswer,
    errors: ['register_not_found', 'register_mismatch', 'rate_limited'],
  }),
} as const;
