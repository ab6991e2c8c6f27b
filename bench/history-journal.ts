import { createHash } from 'node:crypto';
import { canonicalJson, GENESIS_HASH, journalHash } from '@kassa/core';
import type { HistoryRows } from './history-rows';

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** Appends facts to each store's journal (流水) hash chain, as the server's `appendJournalFact` does. */
export type HistoryJournal = {
  append(storeId: string, kind: string, refId: string, at: number, payload: unknown): void;
  /** Records each store's last seq and head, so the chain verifies to its end. */
  finish(): void;
};

/**
 * The journal of generated history: a valid chain per store (core `journalHash` over the canonical
 * payload), so `kassa journal verify` passes and the rollup rebuild, which finds refunds through
 * the journal, sees them in the order they were written.
 */
export function createHistoryJournal(rows: HistoryRows): HistoryJournal {
  const heads = new Map<string, { seq: number; hash: string }>();
  return {
    append(storeId, kind, refId, at, payload) {
      const head = heads.get(storeId) ?? { seq: 0, hash: GENESIS_HASH };
      const seq = head.seq + 1;
      const payloadJson = canonicalJson(payload);
      const hash = journalHash(
        head.hash,
        { storeId, seq, kind, refId, at, payload },
        { sha256, payloadJson },
      );
      rows.journal.run(storeId, seq, kind, refId, at, payloadJson, head.hash, hash);
      heads.set(storeId, { seq, hash });
    },
    finish() {
      for (const [storeId, { seq, hash }] of heads) rows.journalHead.run(seq, hash, storeId);
    },
  };
}
