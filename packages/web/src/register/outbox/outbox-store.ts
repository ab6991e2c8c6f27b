import type { CreateSaleBody, ErrorBody, OutboxEntry as Fact } from '@kassa/api';
import { type DBSchema, type IDBPDatabase, openDB } from 'idb';
import type { SoldSale } from './sold-sale';

/** A fact of another kind than a sale: a shift opened or closed, a cash movement, a no-sale, a refund. */
export type DrawerFact = Exclude<Fact, { type: 'sale' }>;

/**
 * A fact waiting for the server's ack, as the push sends it (`id`, `type`, `staffId`, `payload`):
 * a finished sale numbered by this register, or a drawer fact. Its id is the fact's own (a close's
 * is its own too): the server is idempotent on it.
 */
export type OutboxEntry = (
  | { readonly type: 'sale'; readonly payload: CreateSaleBody; readonly sold?: SoldSale }
  | DrawerFact
) & {
  readonly id: string;
  /** Who was signed in when it happened. */
  readonly staffId: string;
  /** When it went into the outbox (epoch ms). */
  readonly queuedAt: number;
};

/** A sale entry of the outbox. */
export type SaleEntry = Extract<OutboxEntry, { type: 'sale' }>;

/** A fact the server refused for good: kept until a manager sends it again or exports it, never dropped. */
export type RejectedEntry = OutboxEntry & {
  readonly error: ErrorBody['error'];
  readonly rejectedAt: number;
};

/** What the sync panel shows. */
export type OutboxStatus = {
  readonly pending: number;
  /** When the oldest pending entry was queued; null with none pending. */
  readonly oldestQueuedAt: number | null;
  /** When the server last acknowledged a push; null never (on this browser). */
  readonly lastSuccessAt: number | null;
  readonly rejected: number;
};

/** An entry the server acknowledged, kept a week in case the server loses it (a restored backup). */
export type AckedEntry = OutboxEntry & { readonly ackedAt: number };

interface OutboxDb extends DBSchema {
  /** Pending entries in the order they happened (the auto-incremented key). */
  outbox: { key: number; value: OutboxEntry; indexes: { id: string; registerId: string } };
  acked: { key: string; value: AckedEntry; indexes: { ackedAt: number } };
  rejected: { key: string; value: RejectedEntry };
  /** The next receipt number per register and mode (`receipt:<id>`, `training:<id>`), the last success. */
  state: { key: string; value: number };
}

/** One database per origin: every register's outbox, numbers and rejected entries. */
export const OUTBOX_DB_NAME = 'kassa-register';
const LAST_SUCCESS = 'lastSuccessAt';
/** How long acknowledged entries are kept to be sent again after a restore (a week of nightly backups). */
const ACKED_KEPT_MS = 7 * 24 * 60 * 60 * 1000;

function counterKey(registerId: string, training: boolean): string {
  return `${training ? 'training' : 'receipt'}:${registerId}`;
}

/**
 * The register's durable outbox in IndexedDB (DESIGN.md §5). A finished sale takes the next
 * receipt number of the register's own sequence and goes into the outbox in one transaction, so
 * the number is never handed out twice and the sale survives a reload, a crash or a power cut
 * from the moment `enqueueSale` resolves. An entry leaves only on the server's ack (`remove`), or
 * moves to the rejected list (`reject`), from which a manager sends it again or exports it.
 */
export async function openOutbox(name = OUTBOX_DB_NAME) {
  const db: IDBPDatabase<OutboxDb> = await openDB<OutboxDb>(name, 1, {
    upgrade(database) {
      const outbox = database.createObjectStore('outbox', { autoIncrement: true });
      outbox.createIndex('id', 'id', { unique: true });
      outbox.createIndex('registerId', 'payload.registerId');
      database.createObjectStore('rejected', { keyPath: 'id' });
      database.createObjectStore('state');
      database.createObjectStore('acked', { keyPath: 'id' }).createIndex('ackedAt', 'ackedAt');
    },
  });

  const keyOf = async (id: string) => db.getKeyFromIndex('outbox', 'id', id);

  return {
    /**
     * Numbers the sale from the register's sequence (at least `serverNext`, the server's next
     * number, so a fresh browser never reuses one) and queues it, atomically. Queuing the same
     * sale id again returns the entry queued first.
     */
    async enqueueSale(
      payload: Omit<CreateSaleBody, 'receiptSeq'>,
      staffId: string,
      now: number,
      serverNext = 1,
      sold?: SoldSale,
    ): Promise<SaleEntry> {
      const tx = db.transaction(['outbox', 'state'], 'readwrite');
      const outbox = tx.objectStore('outbox');
      const existing = await outbox.index('id').get(payload.id);
      if (existing?.type === 'sale') {
        await tx.done;
        return existing;
      }
      const key = counterKey(payload.registerId, payload.training === true);
      const seq = Math.max((await tx.objectStore('state').get(key)) ?? 1, serverNext);
      const entry: SaleEntry = {
        id: payload.id,
        type: 'sale',
        staffId,
        payload: { ...payload, receiptSeq: seq },
        queuedAt: now,
        ...(sold ? { sold } : {}),
      };
      await outbox.add(entry);
      await tx.objectStore('state').put(seq + 1, key);
      await tx.done;
      return entry;
    },
    /**
     * Queues a drawer fact (a shift opened or closed, cash in or out, a no-sale, a refund) after
     * everything this register did before it. Queuing the same id again keeps the first.
     */
    async enqueue(fact: DrawerFact, staffId: string, now: number): Promise<void> {
      const tx = db.transaction('outbox', 'readwrite');
      if ((await tx.store.index('id').getKey(fact.id)) === undefined)
        await tx.store.add({ ...fact, staffId, queuedAt: now });
      await tx.done;
    },
    /** Moves the register's sequence up to the server's next number (never down). */
    async raiseReceiptFloor(registerId: string, training: boolean, serverNext: number): Promise<void> {
      const tx = db.transaction('state', 'readwrite');
      const key = counterKey(registerId, training);
      const current = (await tx.store.get(key)) ?? 1;
      if (serverNext > current) await tx.store.put(serverNext, key);
      await tx.done;
    },
    /**
     * Takes back an entry the server refused while the customer was still there (nothing was
     * recorded): out of the outbox, and a sale's number given back when no later sale took one.
     */
    async withdraw(id: string): Promise<void> {
      const tx = db.transaction(['outbox', 'state'], 'readwrite');
      const outbox = tx.objectStore('outbox');
      const key = await outbox.index('id').getKey(id);
      const entry = key === undefined ? undefined : await outbox.get(key);
      if (key !== undefined && entry) {
        await outbox.delete(key);
        // A sale's number goes back when no later sale took one.
        if (entry.type === 'sale') {
          const counter = counterKey(entry.payload.registerId, entry.payload.training === true);
          const next = await tx.objectStore('state').get(counter);
          if (next === (entry.payload.receiptSeq ?? 0) + 1)
            await tx.objectStore('state').put(next - 1, counter);
        }
      }
      await tx.done;
    },
    /** The register's pending entries, oldest first; at most `limit`. */
    async pending(registerId: string, limit?: number): Promise<OutboxEntry[]> {
      return db.getAllFromIndex('outbox', 'registerId', registerId, limit);
    },
    /** Every pending entry of every register this browser sold as, oldest first (for an export). */
    async all(): Promise<OutboxEntry[]> {
      return db.getAll('outbox');
    },
    /**
     * Takes entries the server acknowledged out of the outbox, and notes the success. They are
     * kept a week (see `recoverLost`); older acknowledged entries are forgotten.
     */
    async remove(ids: readonly string[], now: number): Promise<void> {
      const tx = db.transaction(['outbox', 'acked', 'state'], 'readwrite');
      const outbox = tx.objectStore('outbox');
      const acked = tx.objectStore('acked');
      for (const id of ids) {
        const key = await outbox.index('id').getKey(id);
        const entry = key === undefined ? undefined : await outbox.get(key);
        if (key === undefined || !entry) continue;
        await acked.put({ ...entry, ackedAt: now });
        await outbox.delete(key);
      }
      for (
        let old = await acked.index('ackedAt').openCursor(IDBKeyRange.upperBound(now - ACKED_KEPT_MS));
        old;
      ) {
        await old.delete();
        old = await old.continue();
      }
      await tx.objectStore('state').put(now, LAST_SUCCESS);
      await tx.done;
    },
    /**
     * Sends again what the server acknowledged but no longer has. The server's next receipt number
     * always moves past every sale it records, so a next number at or below one of this register's
     * acknowledged sales means the server lost it: its database was restored from a backup taken
     * before. Those sales go back into the outbox, and with them every other fact of this register
     * acknowledged in the last week (shifts, cash movements, refunds: few, and the backup may lack
     * them too), all in the order they happened, ahead of what still waits when that happened later;
     * the server answers what it still has as
     * duplicates. Only entries acknowledged before `askedAt` (when the server was asked for its next
     * number) count. Returns how many sales were lost.
     */
    async recoverLost(
      registerId: string,
      training: boolean,
      serverNext: number,
      askedAt: number,
    ): Promise<number> {
      const tx = db.transaction(['outbox', 'acked'], 'readwrite');
      const mine = (await tx.objectStore('acked').getAll()).filter(
        (e) => e.ackedAt < askedAt && e.payload.registerId === registerId,
      );
      const lost = (e: AckedEntry) =>
        e.type === 'sale' &&
        (e.payload.training === true) === training &&
        (e.payload.receiptSeq ?? 0) >= serverNext;
      const lostSales = mine.filter(lost).length;
      const again = lostSales === 0 ? [] : mine.filter((e) => e.type !== 'sale' || lost(e));
      if (again.length > 0) {
        // They go back where they happened: before what is still waiting (a queued sale of a
        // shift whose opening the server lost must come after that opening).
        const outbox = tx.objectStore('outbox');
        const waiting: OutboxEntry[] = [];
        for (let cursor = await outbox.index('registerId').openCursor(registerId); cursor; ) {
          waiting.push(cursor.value);
          await cursor.delete();
          cursor = await cursor.continue();
        }
        const ids = new Set(waiting.map((entry) => entry.id));
        const recovered = again.flatMap(({ ackedAt: _at, ...entry }) => (ids.has(entry.id) ? [] : [entry]));
        for (const entry of [...recovered, ...waiting].sort((a, b) => a.queuedAt - b.queuedAt)) {
          await outbox.add(entry);
        }
        for (const entry of again) await tx.objectStore('acked').delete(entry.id);
      }
      await tx.done;
      return lostSales;
    },
    /** Whether the register still waits to upload an entry of one of `types` (stops at the first). */
    async waits(registerId: string, types: readonly OutboxEntry['type'][]): Promise<boolean> {
      const tx = db.transaction('outbox');
      let found = false;
      for (let cursor = await tx.store.index('registerId').openCursor(registerId); cursor && !found; ) {
        found = types.includes(cursor.value.type);
        if (!found) cursor = await cursor.continue();
      }
      await tx.done;
      return found;
    },
    /** This register's sales and refunds it still keeps (pending, or acknowledged in the last week). */
    async recent(registerId: string): Promise<OutboxEntry[]> {
      const tx = db.transaction(['outbox', 'acked']);
      const [pending, acked] = await Promise.all([
        tx.objectStore('outbox').index('registerId').getAll(registerId),
        tx.objectStore('acked').getAll(),
      ]);
      await tx.done;
      return [...acked, ...pending].filter(
        (e) => e.payload.registerId === registerId && (e.type === 'sale' || e.type === 'refund'),
      );
    },
    /** Moves an entry the server refused to the rejected list, with the reason. */
    async reject(id: string, error: RejectedEntry['error'], now: number): Promise<void> {
      const tx = db.transaction(['outbox', 'rejected'], 'readwrite');
      const key = await tx.objectStore('outbox').index('id').getKey(id);
      const entry = key === undefined ? undefined : await tx.objectStore('outbox').get(key);
      if (key !== undefined && entry) {
        await tx.objectStore('rejected').put({ ...entry, error, rejectedAt: now });
        await tx.objectStore('outbox').delete(key);
      }
      await tx.done;
    },
    /** Rejected entries, by id. */
    async rejected(): Promise<RejectedEntry[]> {
      return db.getAll('rejected');
    },
    /** Sends a rejected entry again: back at the end of the outbox, as it was. */
    async resend(id: string): Promise<void> {
      const tx = db.transaction(['outbox', 'rejected'], 'readwrite');
      const entry = await tx.objectStore('rejected').get(id);
      if (entry && (await tx.objectStore('outbox').index('id').getKey(id)) === undefined) {
        const { error: _error, rejectedAt: _at, ...queued } = entry;
        await tx.objectStore('outbox').add(queued);
        await tx.objectStore('rejected').delete(id);
      }
      await tx.done;
    },
    /** Whether the entry is still pending. */
    async has(id: string): Promise<boolean> {
      return (await keyOf(id)) !== undefined;
    },
    /** The register's outbox at a glance (rejected entries of any register: they need a manager). */
    async status(registerId: string): Promise<OutboxStatus> {
      const tx = db.transaction(['outbox', 'rejected', 'state']);
      const outbox = tx.objectStore('outbox').index('registerId');
      const [pending, cursor, rejected, lastSuccessAt] = await Promise.all([
        outbox.count(registerId),
        outbox.openCursor(registerId),
        tx.objectStore('rejected').count(),
        tx.objectStore('state').get(LAST_SUCCESS),
      ]);
      await tx.done;
      return {
        pending,
        oldestQueuedAt: cursor?.value.queuedAt ?? null,
        lastSuccessAt: lastSuccessAt ?? null,
        rejected,
      };
    },
    close: () => db.close(),
  };
}

export type OutboxStore = Awaited<ReturnType<typeof openOutbox>>;
