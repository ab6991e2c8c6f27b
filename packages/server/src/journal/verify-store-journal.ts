import type { JournalVerification } from '@kassa/api';
import { GENESIS_HASH, type JournalEntry, verifyJournal } from '@kassa/core';
import { createJournalRepository, createStoreRepository, type Schema } from '@kassa/db';
import type { Kysely } from 'kysely';

const PAGE = 1000;

/**
 * Verifies a store's sales journal: every entry's hash recomputes over its fact and the previous
 * hash, seqs run from 1 without gaps, and the chain ends where the store's recorded head says —
 * so deleting the newest entries is caught too, not only editing old ones. `brokenAt` names the
 * first entry that fails (for a truncated journal: the first missing seq).
 * @throws Error when the store does not exist.
 */
export async function verifyStoreJournal(db: Kysely<Schema>, storeId: string): Promise<JournalVerification> {
  const store = await createStoreRepository(db).get(storeId);
  if (!store) throw new Error(`store ${storeId} does not exist`);
  const journal = createJournalRepository(db);
  const entries: JournalEntry[] = [];
  for (;;) {
    const page = await journal.list(storeId, { fromSeq: entries.length + 1, limit: PAGE });
    for (const entry of page) entries.push({ ...entry, payload: JSON.parse(entry.payload) as unknown });
    if (page.length < PAGE) break;
  }
  const count = entries.length;
  const last = entries.at(-1)?.hash ?? GENESIS_HASH;
  const result = verifyJournal(entries);
  if (!result.ok) return { ok: false, count, head: last, brokenAt: result.brokenAt, reason: result.reason };
  if (store.journalSeq !== count) {
    return {
      ok: false,
      count,
      head: last,
      brokenAt: Math.min(store.journalSeq, count) + 1,
      reason: 'seq_gap',
    };
  }
  if (store.journalHead !== result.head) {
    return { ok: false, count, head: last, brokenAt: Math.max(count, 1), reason: 'hash_mismatch' };
  }
  return { ok: true, count, head: result.head, brokenAt: null, reason: null };
}
