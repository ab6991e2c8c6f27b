import type { Insertable, Kysely } from 'kysely';
import { inTransaction } from './in-transaction';
import { prepareQuery } from './prepared-query';
import type { JournalEntriesTable, Schema } from './schema';

/** One link of a store's sales journal (流水) hash chain. */
export interface JournalEntry {
  storeId: string;
  /** 1, 2, 3… per store, without gaps. */
  seq: number;
  /** 'sale', 'refund', 'void', 'no_sale', 'shift_close', 'z_report', … */
  kind: string;
  refId: string;
  at: number;
  /** Canonical JSON of the fact; the hash covers these exact characters. */
  payload: string;
  /** Hash of the previous entry; 64 zeros for the first. */
  prevHash: string;
  hash: string;
}

/** What the caller computes once it knows the entry's seq and predecessor. */
export type JournalEntryDraft = Pick<JournalEntry, 'kind' | 'refId' | 'at' | 'payload' | 'hash'>;

/** Builds the entry for `seq` chained onto `prevHash` (hashing is the core's business). */
export type BuildJournalEntry = (
  seq: number,
  prevHash: string,
) => JournalEntryDraft | Promise<JournalEntryDraft>;

/** Options of {@link JournalRepository.list}. */
export interface JournalListing {
  /** First seq to return; 1 by default. */
  fromSeq?: number;
  /** At most this many entries, up to 1000 (the default). */
  limit?: number;
}

/** The per-store sales journal. */
export interface JournalRepository {
  /**
   * Appends the store's next entry and advances the store's journal head, atomically. Appends to
   * one store are serialized (on PostgreSQL by the store row's lock, held until commit), so
   * each entry chains onto the one committed before it. Throws when the store does not exist.
   */
  append(storeId: string, build: BuildJournalEntry): Promise<JournalEntry>;
  /** Entries in seq order. */
  list(storeId: string, listing?: JournalListing): Promise<JournalEntry[]>;
}

const maxPageSize = 1000;

// Every sale appends: the statements are prepared (see prepareQuery).
const advanceHeadQuery = prepareQuery((db, params: { storeId: string }) =>
  db
    .updateTable('stores')
    .set((eb) => ({ journal_seq: eb('journal_seq', '+', 1) }))
    .where('id', '=', params.storeId)
    .returning(['journal_seq', 'journal_head']),
);
const insertEntryQuery = prepareQuery((db, params: { row: Insertable<JournalEntriesTable> }) =>
  db.insertInto('journal_entries').values(params.row),
);
const setHeadQuery = prepareQuery((db, params: { storeId: string; hash: string }) =>
  db.updateTable('stores').set({ journal_head: params.hash }).where('id', '=', params.storeId),
);

/** Journal on `db`, which may be a transaction. */
export function createJournalRepository(db: Kysely<Schema>): JournalRepository {
  return {
    append: (storeId, build) =>
      inTransaction(db, async (trx) => {
        // Taking the seq first locks the store row, so no other append can read the same head.
        const [head] = await advanceHeadQuery.execute(trx, { storeId });
        if (!head) throw new Error(`store ${storeId} does not exist`);
        const seq = head.journal_seq;
        const prevHash = head.journal_head;
        const draft = await build(seq, prevHash);
        const entry: JournalEntry = { storeId, seq, prevHash, ...pickDraft(draft) };
        await insertEntryQuery.execute(trx, {
          row: {
            store_id: storeId,
            seq,
            kind: entry.kind,
            ref_id: entry.refId,
            at: entry.at,
            payload: entry.payload,
            prev_hash: prevHash,
            hash: entry.hash,
          },
        });
        await setHeadQuery.execute(trx, { storeId, hash: entry.hash });
        return entry;
      }),
    async list(storeId, listing = {}) {
      const rows = await db
        .selectFrom('journal_entries')
        .selectAll()
        .where('store_id', '=', storeId)
        .where('seq', '>=', listing.fromSeq ?? 1)
        .orderBy('seq')
        .limit(Math.min(Math.max(Math.trunc(listing.limit ?? maxPageSize), 1), maxPageSize))
        .execute();
      return rows.map((row) => ({
        storeId: row.store_id,
        seq: row.seq,
        kind: row.kind,
        refId: row.ref_id,
        at: row.at,
        payload: row.payload,
        prevHash: row.prev_hash,
        hash: row.hash,
      }));
    },
  };
}

function pickDraft(draft: JournalEntryDraft): JournalEntryDraft {
  return { kind: draft.kind, refId: draft.refId, at: draft.at, payload: draft.payload, hash: draft.hash };
}
