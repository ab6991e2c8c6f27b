import type { Insertable, Kysely } from 'kysely';
import { inTransaction } from './in-transaction';
import { fromJsonText, toJsonText } from './json-text';
import { prepareQuery } from './prepared-query';
import type { EventsTable, Schema } from './schema';

/** Something that happened, as streamed to phones (SSE), webhooks and sync cursors. */
export interface KassaEvent {
  /** 1, 2, 3… across the instance; a reader resumes after the last seq it saw. */
  seq: number;
  storeId: string | null;
  /** e.g. 'sale.completed'. */
  type: string;
  refId: string | null;
  /** Parsed JSON. */
  payload: unknown;
  createdAt: number;
}

/** What appending an event needs; the seq is assigned by the repository. */
export type NewKassaEvent = Omit<KassaEvent, 'seq'>;

/** The instance-wide event log. */
export interface EventRepository {
  /**
   * Appends an event in the caller's transaction and returns its seq. Events become visible to
   * readers in seq order, so a reader that has seen seq n has seen every event before it.
   * The price: appends serialize instance-wide from here until commit, so append as the last
   * step of a transaction.
   */
  append(event: NewKassaEvent): Promise<number>;
  /** Appends many events in order at once (an import's catalogue changes), like `append`. */
  appendMany(events: readonly NewKassaEvent[]): Promise<void>;
  /** Events after `seq`, oldest first, at most `limit` (1 to 1000). */
  listSince(seq: number, limit: number): Promise<KassaEvent[]>;
  /** The seq of the last committed event; 0 before the first. */
  lastSeq(): Promise<number>;
}

const counterName = 'events';
const maxPageSize = 1000;

// Every sale appends one: the statements are prepared (see prepareQuery).
const takeSeqQuery = prepareQuery((db) =>
  db
    .updateTable('counters')
    .set((eb) => ({ value: eb('value', '+', 1) }))
    .where('name', '=', counterName)
    .returning('value'),
);
const insertEventQuery = prepareQuery((db, params: { row: Insertable<EventsTable> }) =>
  db.insertInto('events').values(params.row),
);

/** Events on `db`, which may be a transaction. */
export function createEventRepository(db: Kysely<Schema>): EventRepository {
  return {
    append: (event) =>
      inTransaction(db, async (trx) => {
        // Not a sequence or autoincrement: on PostgreSQL those hand out seq n+1 to a transaction
        // that may commit before the one holding n, and a reader past n+1 would never see n. The
        // counter row's lock is held until commit, so commit order is seq order.
        const [counter] = await takeSeqQuery.execute(trx, {});
        if (!counter) throw new Error(`the ${counterName} counter is missing`);
        await insertEventQuery.execute(trx, {
          row: {
            seq: counter.value,
            store_id: event.storeId,
            type: event.type,
            ref_id: event.refId,
            payload: toJsonText(event.payload),
            created_at: event.createdAt,
          },
        });
        return counter.value;
      }),
    appendMany: (events) =>
      inTransaction(db, async (trx) => {
        if (events.length === 0) return;
        const last = await trx
          .updateTable('counters')
          .set((eb) => ({ value: eb('value', '+', events.length) }))
          .where('name', '=', counterName)
          .returning('value')
          .executeTakeFirstOrThrow();
        const first = Number(last.value) - events.length + 1;
        for (let i = 0; i < events.length; i += 1000) {
          await trx
            .insertInto('events')
            .values(
              events.slice(i, i + 1000).map((event, j) => ({
                seq: first + i + j,
                store_id: event.storeId,
                type: event.type,
                ref_id: event.refId,
                payload: toJsonText(event.payload),
                created_at: event.createdAt,
              })),
            )
            .execute();
        }
      }),
    async listSince(seq, limit) {
      const rows = await db
        .selectFrom('events')
        .selectAll()
        .where('seq', '>', seq)
        .orderBy('seq')
        .limit(Math.min(Math.max(Math.trunc(limit), 1), maxPageSize))
        .execute();
      return rows.map((row) => ({
        seq: row.seq,
        storeId: row.store_id,
        type: row.type,
        refId: row.ref_id,
        payload: fromJsonText(row.payload),
        createdAt: row.created_at,
      }));
    },
    async lastSeq() {
      const row = await db
        .selectFrom('counters')
        .select('value')
        .where('name', '=', counterName)
        .executeTakeFirstOrThrow();
      return row.value;
    },
  };
}
