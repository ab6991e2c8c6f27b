import { type ApiClient, ApiError, type PushResult } from '@kassa/api';
import type { OutboxEntry, OutboxStore } from './outbox-store';

/** Sends one register's entries to `POST /sync/push`; throws ApiError when the push as a whole failed. */
export type PushTransport = (registerId: string, entries: readonly OutboxEntry[]) => Promise<PushResult[]>;

/**
 * The push over `client` (`POST /sync/push`): each entry as the server takes it — its id, type,
 * who did it and the fact — never what the register keeps beside it (when it was queued, the sale's
 * snapshot for returns).
 */
export function syncPushOver(client: ApiClient): PushTransport {
  return async (registerId, entries) =>
    (
      await client.call('syncPush', {
        body: {
          registerId,
          entries: entries.map((e) => ({ id: e.id, type: e.type, staffId: e.staffId, payload: e.payload })),
        },
      })
    ).results;
}

/** How a drain ended: everything due was sent, or a push failed and the rest waits. */
export type DrainResult =
  | { readonly status: 'drained'; readonly sent: number }
  | {
      readonly status: 'failed';
      readonly sent: number;
      readonly error: unknown;
      /** When the server said when to come back (429 Retry-After). */
      readonly retryAfterMs: number | null;
    };

/** Entries per push: well under the server's 100, small enough to answer within a second or two. */
export const PUSH_BATCH = 50;

/** Backoff after `failures` failed drains: 1 s, 2 s, 4 s … up to 60 s, each spread by ±50 % (jitter). */
export function backoffMs(failures: number, random: () => number = Math.random): number {
  const base = Math.min(60_000, 1000 * 2 ** Math.max(0, failures - 1));
  return Math.round(base * (0.5 + random()));
}

/**
 * Sends the register's outbox to the server in order, a batch at a time, until it is empty or a push fails.
 * Each acknowledged entry (applied, or a duplicate of one applied before) leaves the outbox; each
 * one the server refused moves to the rejected list with its reason. Entries for which `busy` says
 * true (being sent by the checkout right now) wait for the next drain, and so does everything
 * after them, so the server always gets a register's facts in the order they happened.
 */
export async function drainOutbox(
  store: Pick<OutboxStore, 'pending' | 'remove' | 'reject'>,
  registerId: string,
  send: PushTransport,
  options: { readonly now: () => number; readonly busy?: (id: string) => boolean; readonly batch?: number },
): Promise<DrainResult> {
  let sent = 0;
  for (;;) {
    const due = await store.pending(registerId, options.batch ?? PUSH_BATCH);
    const firstBusy = due.findIndex((entry) => options.busy?.(entry.id) === true);
    const ready = firstBusy < 0 ? due : due.slice(0, firstBusy);
    if (ready.length === 0) return { status: 'drained', sent };
    let results: PushResult[];
    try {
      results = await send(registerId, ready);
    } catch (error) {
      const retryAfter = error instanceof ApiError ? error.details.retryAfterSeconds : undefined;
      return {
        status: 'failed',
        sent,
        error,
        retryAfterMs: typeof retryAfter === 'number' ? retryAfter * 1000 : null,
      };
    }
    const acked = results.filter((r) => r.status !== 'rejected').map((r) => r.id);
    await store.remove(acked, options.now());
    for (const result of results) {
      if (result.status === 'rejected') await store.reject(result.id, result.error, options.now());
    }
    sent += results.length;
    // An answer that covers none of what was sent would loop forever: stop and try again later.
    if (results.length === 0)
      return { status: 'failed', sent, error: new Error('empty push answer'), retryAfterMs: null };
  }
}
