import { canonicalJson } from './canonical-json';
import { sha256Hex } from './sha256';

/** The `prevHash` of a store's first journal entry. */
export const GENESIS_HASH = '0'.repeat(64);

/**
 * One fact in a store's sales journal (流水): a completed sale, refund, void, no-sale, shift close,
 * Z report… `seq` counts from 1 per store; `at` is epoch ms; `payload` must be canonical-JSON-able.
 */
export type JournalFact = {
  readonly storeId: string;
  readonly seq: number;
  readonly kind: string;
  readonly refId: string;
  readonly at: number;
  readonly payload: unknown;
};

/** A stored journal entry: the fact with its chain links. */
export type JournalEntry = JournalFact & { readonly prevHash: string; readonly hash: string };

/** Outcome of {@link verifyJournal}; `brokenAt` is the seq of the first entry that does not verify. */
export type JournalVerification =
  | { readonly ok: true; readonly count: number; readonly head: string }
  | {
      readonly ok: false;
      readonly brokenAt: number;
      readonly reason: 'hash_mismatch' | 'prev_mismatch' | 'seq_gap';
    };

/**
 * The hash of a journal entry: sha256Hex(prevHash + '\n' + canonicalJson(fact)). Only the six fact
 * fields are covered, whatever else the object carries.
 */
export function journalHash(prevHash: string, fact: JournalFact): string {
  const { storeId, seq, kind, refId, at, payload } = fact;
  return sha256Hex(`${prevHash}\n${canonicalJson({ storeId, seq, kind, refId, at, payload })}`);
}

/**
 * Verifies a store's journal given in seq order from 1: each seq follows the previous, each
 * `prevHash` is the previous entry's hash (GENESIS_HASH first), and each hash recomputes.
 * Returns the first broken entry; an empty journal is valid with head GENESIS_HASH.
 */
export function verifyJournal(entries: readonly JournalEntry[]): JournalVerification {
  let prev = GENESIS_HASH;
  for (const [index, entry] of entries.entries()) {
    const seq = index + 1;
    if (entry.seq !== seq) return { ok: false, brokenAt: seq, reason: 'seq_gap' };
    if (entry.prevHash !== prev) return { ok: false, brokenAt: seq, reason: 'prev_mismatch' };
    if (journalHash(prev, entry) !== entry.hash) return { ok: false, brokenAt: seq, reason: 'hash_mismatch' };
    prev = entry.hash;
  }
  return { ok: true, count: entries.length, head: prev };
}
