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

/** How {@link journalHash} computes: which SHA-256, and the payload's canonical JSON if already known. */
export type JournalHashOptions = {
  /**
   * SHA-256 of a string's UTF-8 bytes as 64 lower-case hex digits; core's pure `sha256Hex` by
   * default. A server passes its platform's (faster) implementation: the hash is the same.
   */
  readonly sha256?: (text: string) => string;
  /**
   * `canonicalJson(fact.payload)`, when the caller has it already (it stores that text): spares
   * serializing the payload a second time. Must be exactly that text, or the hash is wrong.
   */
  readonly payloadJson?: string;
};

/**
 * The hash of a journal entry: sha256Hex(prevHash + '\n' + canonicalJson(fact)). Only the six fact
 * fields are covered, whatever else the object carries.
 */
export function journalHash(prevHash: string, fact: JournalFact, options: JournalHashOptions = {}): string {
  const { storeId, seq, kind, refId, at } = fact;
  const payloadJson = options.payloadJson ?? canonicalJson(fact.payload);
  // The canonical JSON of { storeId, seq, kind, refId, at, payload } with its keys in sorted order,
  // composed around the payload's text instead of serializing the payload again.
  const text = `{"at":${canonicalJson(at)},"kind":${canonicalJson(kind)},"payload":${payloadJson},"refId":${canonicalJson(refId)},"seq":${canonicalJson(seq)},"storeId":${canonicalJson(storeId)}}`;
  return (options.sha256 ?? sha256Hex)(`${prevHash}\n${text}`);
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
