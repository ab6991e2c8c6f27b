import { type CreateSaleBody, createApiClient, type Sale } from '@kassa/api';
import { useCallback, useEffect, useRef, useState } from 'react';
import { type OutboxStatus, type OutboxStore, openOutbox } from './outbox-store';
import { backoffMs, drainOutbox } from './push-outbox';
import { classifySaleFailure } from './sale-failure';

/** How handing a finished sale to the outbox ended. */
export type SubmitResult =
  | { readonly status: 'recorded'; readonly sale: Sale }
  /** Saved on this register with its receipt number; sent to the server in the background. */
  | { readonly status: 'queued'; readonly receiptSeq: number }
  /** The server refused it (4xx) while the customer is here: nothing was recorded, the cart stays. */
  | { readonly status: 'rejected'; readonly error: unknown };

/** How long the checkout waits for the server before the sale counts as saved offline. */
const ONLINE_WAIT_MS = 4000;
/** How often the outbox is looked at while something is pending and nothing else woke it. */
const TICK_MS = 5000;

/** The server's next receipt numbers for a register, and when they were asked for (null: remembered). */
export type ReceiptFloor = {
  readonly registerId: string;
  readonly receipt: number;
  readonly training: number;
  readonly askedAt: number | null;
};

/** How long a sale post or a push may take before it counts as failed (and is retried). */
const REQUEST_TIMEOUT_MS = 30_000;

/**
 * The outbox's own API client: every request gives up after REQUEST_TIMEOUT_MS, so a connection
 * that hangs (Wi-Fi gone mid-request) does not hold the outbox up; the sale stays and is retried.
 */
const syncApi = createApiClient({
  baseUrl: '',
  fetch: (input, init) =>
    globalThis.fetch(input, { ...init, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) }),
});

let opened: Promise<OutboxStore> | null = null;
/** The one outbox of this page (IndexedDB, shared by every register session of the tab). */
export function outboxStore(): Promise<OutboxStore> {
  opened ??= openOutbox();
  return opened;
}

// Sales the checkout is posting right now: the background push leaves them (and what follows) alone.
const inFlight = new Set<string>();

const EMPTY: OutboxStatus = { pending: 0, oldestQueuedAt: null, lastSuccessAt: null, rejected: 0 };

/**
 * The register's outbox (DESIGN.md §5). `submit` numbers a finished sale and saves it durably
 * first, then offers it to the server at once (`createSale`, so a price change or a missing
 * approval is put right while the customer is still there); when the server cannot be reached in
 * time, the sale stays saved and is pushed later (`/sync/push`, where it is recorded as the fact it
 * is). The push runs in order, with backoff and jitter, on reconnect and on every load. Only the
 * tab holding the register's lock uses this (see useRegisterLock).
 */
export function useOutbox(staffId: string, registerId: string, floor: ReceiptFloor | null) {
  const [status, setStatus] = useState<OutboxStatus>(EMPTY);
  const [lastError, setLastError] = useState<unknown>(null);
  const failures = useRef(0);
  const wakeAt = useRef(0);
  const draining = useRef(false);

  const refresh = useCallback(async () => {
    setStatus(await (await outboxStore()).status(registerId));
  }, [registerId]);

  const drain = useCallback(async () => {
    if (draining.current || Date.now() < wakeAt.current) return;
    draining.current = true;
    try {
      const store = await outboxStore();
      const result = await drainOutbox(
        store,
        registerId,
        async (_registerId, entries) =>
          (
            await syncApi.call('syncPush', {
              body: {
                registerId,
                entries: entries.map((e) => ({
                  id: e.id,
                  type: e.type,
                  staffId: e.staffId,
                  payload: e.payload,
                })),
              },
            })
          ).results,
        { now: Date.now, busy: (id) => inFlight.has(id) },
      );
      if (result.status === 'failed') {
        failures.current += 1;
        wakeAt.current = Date.now() + (result.retryAfterMs ?? 0) + backoffMs(failures.current);
        setLastError(result.error);
      } else {
        failures.current = 0;
        setLastError(null);
      }
    } finally {
      draining.current = false;
      await refresh();
    }
  }, [refresh, registerId]);

  /** Sends now, even while a failed push waits out its backoff. */
  const sendNow = useCallback(() => {
    wakeAt.current = 0;
    void drain();
  }, [drain]);

  useEffect(() => {
    if (!floor) return;
    void outboxStore().then(async (store) => {
      // A server restored from a backup lacks sales it had acknowledged: they are sent again. Only
      // sales acknowledged before the server was asked count (its answer cannot know later ones).
      const lost =
        floor.askedAt === null
          ? 0
          : (await store.recoverLost(floor.registerId, false, floor.receipt, floor.askedAt)) +
            (await store.recoverLost(floor.registerId, true, floor.training, floor.askedAt));
      await store.raiseReceiptFloor(floor.registerId, false, floor.receipt);
      await store.raiseReceiptFloor(floor.registerId, true, floor.training);
      if (lost > 0) sendNow();
    });
  }, [floor, sendNow]);

  useEffect(() => {
    void drain();
    const timer = setInterval(() => void drain(), TICK_MS);
    const onOnline = () => {
      wakeAt.current = 0; // back online: try now, not at the end of the backoff
      void drain();
    };
    window.addEventListener('online', onOnline);
    return () => {
      clearInterval(timer);
      window.removeEventListener('online', onOnline);
    };
  }, [drain]);

  const submit = useCallback(
    async (body: Omit<CreateSaleBody, 'receiptSeq'>): Promise<SubmitResult> => {
      const store = await outboxStore();
      // Durable first: from here on the sale survives a crash, a reload or an outage.
      const serverNext =
        floor?.registerId === body.registerId ? (body.training ? floor.training : floor.receipt) : 1;
      const entry = await store.enqueueSale(body, staffId, Date.now(), serverNext);
      const receiptSeq = entry.payload.receiptSeq ?? 0;
      inFlight.add(entry.id);
      const posted = syncApi.call('createSale', { body: entry.payload }).then(
        async (sale) => {
          await store.remove([entry.id], Date.now());
          return { status: 'recorded', sale } as const;
        },
        (error: unknown) => ({ status: 'failed', error }) as const,
      );
      const waited = await Promise.race([
        posted,
        new Promise<'late'>((resolve) => setTimeout(() => resolve('late'), ONLINE_WAIT_MS)),
      ]);
      try {
        if (waited === 'late') return { status: 'queued', receiptSeq };
        if (waited.status === 'recorded') return waited;
        if (classifySaleFailure(waited.error) === 'retry') {
          void drain();
          return { status: 'queued', receiptSeq };
        }
        // Refused while the customer is here: nothing recorded, the number goes back.
        await store.withdraw(entry.id);
        return { status: 'rejected', error: waited.error };
      } finally {
        // A late answer still removes the sale once recorded; otherwise the push records it.
        void posted.finally(() => inFlight.delete(entry.id)).then(refresh);
        await refresh();
      }
    },
    [staffId, floor, drain, refresh],
  );

  return { status, lastError, submit, sendNow, refresh };
}
