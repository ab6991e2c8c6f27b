import type { CreateSaleBody } from '@kassa/api';
import { type KeyValueStorage, readJson, writeJson } from '../../shared/storage';

/** A finished sale not yet acknowledged by the server. */
export type PendingSale = {
  readonly body: CreateSaleBody;
  readonly attempts: number;
  /** Epoch ms before which it is not retried. */
  readonly nextAttemptAt: number;
  /** The error code of the last failed attempt. */
  readonly lastError: string | null;
};

/** A sale the server refused for good (a 4xx on retry): kept for a manager, never dropped. */
export type RejectedSale = {
  readonly body: CreateSaleBody;
  readonly error: string;
  readonly rejectedAt: number;
};

export const PENDING_SALES_KEY = 'kassa.pendingSales';
export const REJECTED_SALES_KEY = 'kassa.rejectedSales';

const BASE_DELAY_MS = 1000;
const MAX_DELAY_MS = 30_000;

/** Backoff after `attempts` failures: 1 s, 2 s, 4 s … capped at 30 s. */
export function retryDelayMs(attempts: number): number {
  return Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** Math.max(0, attempts - 1));
}

function isPending(value: unknown): value is PendingSale {
  if (typeof value !== 'object' || value === null) return false;
  const entry = value as Partial<PendingSale>;
  return typeof entry.body?.id === 'string' && typeof entry.attempts === 'number';
}

/**
 * The durable outbox of finished sales (localStorage). A sale goes in *before* it is posted and comes
 * out only after the server acknowledged it, so a crash, a reload or an outage at any moment loses
 * nothing; posting again is safe because the server is idempotent on the sale id. Every operation
 * re-reads storage, so two tabs never overwrite each other's entries with a stale copy.
 */
export function createPendingSales(storage: KeyValueStorage) {
  const read = (): PendingSale[] => {
    const value = readJson(storage, PENDING_SALES_KEY);
    return Array.isArray(value) ? value.filter(isPending) : [];
  };
  const write = (list: readonly PendingSale[]) => {
    if (list.length === 0) storage.removeItem(PENDING_SALES_KEY);
    else writeJson(storage, PENDING_SALES_KEY, list);
  };

  return {
    /** Every pending sale, oldest first. */
    list: read,
    /** Adds a sale to post now; adding the same id again keeps the first entry (same sale). */
    add(body: CreateSaleBody, now: number): void {
      const list = read();
      if (list.some((p) => p.body.id === body.id)) return;
      write([...list, { body, attempts: 0, nextAttemptAt: now, lastError: null }]);
    },
    /** Forgets a sale once the server has it. */
    remove(id: string): void {
      write(read().filter((p) => p.body.id !== id));
    },
    /** Records a failed attempt and when to try next. */
    recordFailure(id: string, now: number, error: string): void {
      write(
        read().map((p) =>
          p.body.id === id
            ? {
                ...p,
                attempts: p.attempts + 1,
                nextAttemptAt: now + retryDelayMs(p.attempts + 1),
                lastError: error,
              }
            : p,
        ),
      );
    },
    /** Pending sales whose next attempt is due at `now`, oldest first. */
    due(now: number): PendingSale[] {
      return read().filter((p) => p.nextAttemptAt <= now);
    },
    /** Moves a sale the server refused to the rejected list. */
    reject(id: string, now: number, error: string): void {
      const list = read();
      const entry = list.find((p) => p.body.id === id);
      if (!entry) return;
      const rejected = readJson(storage, REJECTED_SALES_KEY);
      const kept = Array.isArray(rejected) ? rejected : [];
      writeJson(storage, REJECTED_SALES_KEY, [...kept, { body: entry.body, error, rejectedAt: now }]);
      write(list.filter((p) => p.body.id !== id));
    },
    /** Sales the server refused. */
    rejected(): RejectedSale[] {
      const value = readJson(storage, REJECTED_SALES_KEY);
      return Array.isArray(value) ? (value as RejectedSale[]) : [];
    },
  };
}

export type PendingSales = ReturnType<typeof createPendingSales>;
