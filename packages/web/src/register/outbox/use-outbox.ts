import { type ApiClient, type CreateSaleBody, createApiClient, type Register, type Sale } from '@kassa/api';
import { useCallback, useEffect, useRef, useState } from 'react';
import { deviceHeaders } from '../../shared/device/device-headers';
import { browserStorage } from '../../shared/storage';
import { within } from '../../shared/within';
import { type DrawerFact, type OutboxStatus, type OutboxStore, openOutbox } from './outbox-store';
import { backoffMs, drainOutbox, syncPushOver } from './push-outbox';
import { classifySaleFailure } from './sale-failure';
import type { SoldSale } from './sold-sale';

/** How handing a finished sale to the outbox ended. */
export type SubmitResult =
  | { readonly status: 'recorded'; readonly sale: Sale }
  /** Saved on this register with its receipt number; sent to the server in the background. */
  | { readonly status: 'queued'; readonly receiptSeq: number }
  /** The server refused it (4xx) while the customer is here: nothing was recorded, the cart stays. */
  | { readonly status: 'rejected'; readonly error: unknown };

/**
 * The strict online call for an entry, made with the outbox's client (it gives up after
 * REQUEST_TIMEOUT_MS, so a hung request never holds the outbox up).
 */
export type OnlinePost<T> = (client: ApiClient) => Promise<T>;

/** How handing a drawer fact (a shift event, cash movement, refund) to the outbox ended. */
export type RecordResult<T> =
  /** The server recorded it now, and answered `value`. */
  | { readonly status: 'recorded'; readonly value: T }
  /** Saved on this register, after what it did before; sent to the server in the background. */
  | { readonly status: 'queued' }
  /** The server refused it (4xx): nothing was recorded, nothing stays queued. */
  | { readonly status: 'rejected'; readonly error: unknown };

/** How long the checkout waits for the server before the sale counts as saved offline. */
const ONLINE_WAIT_MS = 4000;
/** How often the outbox is looked at while something is pending and nothing else woke it. */
const TICK_MS = 5000;
/** How long the outbox waits, after the page loads, for the server's next numbers before it pushes. */
const RECOVERY_WAIT_MS = 30_000;

/** The server's next receipt numbers for a register, and when they were asked for (null: remembered). */
export type ReceiptFloor = {
  readonly registerId: string;
  readonly receipt: number;
  readonly training: number;
  readonly askedAt: number | null;
};

/** A fact recorded now or queued; a refusal is thrown (the screen shows it, nothing stays queued). */
export async function recorded<T>(
  pending: Promise<RecordResult<T>>,
): Promise<Exclude<RecordResult<T>, { status: 'rejected' }>> {
  const result = await pending;
  if (result.status === 'rejected') throw result.error;
  return result;
}

/** What the server said of the register's next numbers (null until it is known). */
export function receiptFloor(register: Register | null, askedAt: number | null): ReceiptFloor | null {
  return (
    register && {
      registerId: register.id,
      receipt: register.nextReceiptSeq,
      training: register.nextTrainingSeq,
      askedAt,
    }
  );
}

/** How long a sale post or a push may take before it counts as failed (and is retried). */
const REQUEST_TIMEOUT_MS = 30_000;

/**
 * The outbox's own API client: every request gives up after REQUEST_TIMEOUT_MS, so a connection
 * that hangs (Wi-Fi gone mid-request) does not hold the outbox up; the sale stays and is retried.
 */
const syncApi = createApiClient({
  baseUrl: '',
  headers: () => deviceHeaders(browserStorage),
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

/**
 * Whether something of the register is still waiting to be uploaded ahead of entry `id`. Then a new
 * fact is not offered to the server directly but waits its turn, so the server gets the register's
 * facts in the order they happened: a sale after the shift it belongs to was opened offline, a
 * close after the shift's last sale, a refund after its sale.
 */
async function waitingBefore(store: OutboxStore, registerId: string, id: string): Promise<boolean> {
  const [first] = await store.pending(registerId, 1);
  return first !== undefined && first.id !== id;
}

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
  // Whether `status` was read from the outbox yet (before, it claims nothing).
  const [known, setKnown] = useState(false);
  const [lastError, setLastError] = useState<unknown>(null);
  const failures = useRef(0);
  const wakeAt = useRef(0);
  const draining = useRef(false);
  // Nothing is pushed before the server's next numbers were checked for lost sales (a restored
  // backup), so those go up first, in their place; unless the server stays silent on them.
  const checked = useRef(false);
  const mountedAt = useRef(Date.now());

  const refresh = useCallback(async () => {
    setStatus(await (await outboxStore()).status(registerId));
    setKnown(true);
  }, [registerId]);

  const drain = useCallback(async () => {
    if (draining.current || Date.now() < wakeAt.current) return;
    // (Offline, a push only notes why it cannot go: nothing reaches the server to be misordered.)
    if (!checked.current && navigator.onLine && Date.now() < mountedAt.current + RECOVERY_WAIT_MS) return;
    draining.current = true;
    try {
      const store = await outboxStore();
      const result = await drainOutbox(store, registerId, syncPushOver(syncApi), {
        now: Date.now,
        busy: (id) => inFlight.has(id),
      });
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
      if (floor.askedAt === null) return;
      checked.current = true;
      if (lost > 0 || (await store.pending(floor.registerId, 1)).length > 0) sendNow();
    });
  }, [floor, sendNow]);

  useEffect(() => {
    // What waits is shown at once, also while the push holds back (see RECOVERY_WAIT_MS).
    void refresh();
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
  }, [drain, refresh]);

  /**
   * Offers a queued entry to the server at once with `post` (the strict online call): recorded →
   * out of the outbox; refused (4xx) → taken back (`withdraw`); no answer within ONLINE_WAIT_MS or a
   * network failure → it stays queued and the push records it later.
   */
  const offer = useCallback(
    async <T>(id: string, post: OnlinePost<T>): Promise<RecordResult<T>> => {
      const store = await outboxStore();
      inFlight.add(id);
      const posted = post(syncApi).then(async (value) => {
        await store.remove([id], Date.now());
        return value;
      });
      const waited = await within(posted, ONLINE_WAIT_MS);
      try {
        if (waited === 'late') return { status: 'queued' };
        if ('value' in waited) return { status: 'recorded', value: waited.value };
        if (classifySaleFailure(waited.error) === 'retry') {
          // Failed for good: the push may take it from here, now.
          inFlight.delete(id);
          void drain();
          return { status: 'queued' };
        }
        // Refused while the customer is here: nothing recorded (a sale's number goes back).
        await store.withdraw(id);
        return { status: 'rejected', error: waited.error };
      } finally {
        // A late answer still removes the entry once recorded; otherwise the push records it.
        void posted
          .catch(() => undefined)
          .finally(() => inFlight.delete(id))
          .then(refresh);
        await refresh();
      }
    },
    [drain, refresh],
  );

  const submit = useCallback(
    async (body: Omit<CreateSaleBody, 'receiptSeq'>, sold?: SoldSale): Promise<SubmitResult> => {
      const store = await outboxStore();
      // Durable first: from here on the sale survives a crash, a reload or an outage.
      const serverNext =
        floor?.registerId === body.registerId ? (body.training ? floor.training : floor.receipt) : 1;
      const waiting = await waitingBefore(store, registerId, body.id);
      const entry = await store.enqueueSale(body, staffId, Date.now(), serverNext, sold);
      const receiptSeq = entry.payload.receiptSeq ?? 0;
      if (waiting) {
        sendNow();
        await refresh();
        return { status: 'queued', receiptSeq };
      }
      const result = await offer(entry.id, (client) => client.call('createSale', { body: entry.payload }));
      if (result.status === 'recorded') return { status: 'recorded', sale: result.value };
      return result.status === 'queued' ? { status: 'queued', receiptSeq } : result;
    },
    [registerId, staffId, floor, offer, sendNow, refresh],
  );

  /**
   * Records a drawer fact durably first, like a sale, and offers it to the server at once (`post`:
   * the online call, whose answer the screen may show) — or, with something of this register still
   * waiting, lets it wait its turn (see waitingBefore).
   */
  const record = useCallback(
    async <T>(fact: DrawerFact, post: OnlinePost<T>): Promise<RecordResult<T>> => {
      const store = await outboxStore();
      const waiting = await waitingBefore(store, registerId, fact.id);
      await store.enqueue(fact, staffId, Date.now());
      if (waiting) {
        sendNow();
        await refresh();
        return { status: 'queued' };
      }
      return offer(fact.id, post);
    },
    [registerId, staffId, offer, sendNow, refresh],
  );

  return { status, known, lastError, submit, record, sendNow, refresh };
}

/** The register's outbox, as the session hands it to its screens. */
export type RegisterOutbox = ReturnType<typeof useOutbox>;
