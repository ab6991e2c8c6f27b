import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical-json';
import {
  GENESIS_HASH,
  type JournalEntry,
  type JournalFact,
  journalHash,
  verifyJournal,
} from './journal-chain';

const sale: JournalFact = {
  storeId: 'S1',
  seq: 1,
  kind: 'sale',
  refId: '0190b1c2-0000-7000-8000-000000000001',
  at: 1_717_200_000_000,
  payload: { total: 700, lines: [{ name: '可乐', amount: 700 }] },
};
const refund: JournalFact = {
  storeId: 'S1',
  seq: 2,
  kind: 'refund',
  refId: '0190b1c2-0000-7000-8000-000000000002',
  at: 1_717_200_060_000,
  payload: { saleId: '0190b1c2-0000-7000-8000-000000000001', total: -350 },
};

// Golden hashes, computed independently with Node's crypto over the hand-written canonical text
// ('0'×64 + '\n' + '{"at":1717200000000,"kind":"sale","payload":{"lines":[{"amount":700,"name":"可乐"}],…}').
const H1 = 'b2d24ce0b775bf04425d34346c13fb3eaec4c9dfb00b38828331a74d4174a9ee';
const H2 = '01c970e873a12bc7a31dc997270acad9a8ad5fe906895492a39704d428918276';

function chain(facts: JournalFact[]): JournalEntry[] {
  let prevHash = GENESIS_HASH;
  return facts.map((fact) => {
    const hash = journalHash(prevHash, fact);
    const entry = { ...fact, prevHash, hash };
    prevHash = hash;
    return entry;
  });
}

describe('journal chain', () => {
  it('matches the golden 2-entry chain', () => {
    expect(GENESIS_HASH).toBe('0'.repeat(64));
    expect(journalHash(GENESIS_HASH, sale)).toBe(H1);
    expect(journalHash(H1, refund)).toBe(H2);
    expect(verifyJournal(chain([sale, refund]))).toEqual({ ok: true, count: 2, head: H2 });
  });

  it('ignores fields other than the fact when hashing', () => {
    const [entry] = chain([sale]);
    expect(entry && journalHash(GENESIS_HASH, entry)).toBe(H1);
  });

  it('hashes exactly prevHash, a newline and the canonical JSON of the fact', () => {
    const texts: string[] = [];
    const hash = journalHash(H1, refund, {
      sha256: (text) => {
        texts.push(text);
        return 'f'.repeat(64);
      },
    });
    expect(hash).toBe('f'.repeat(64));
    expect(texts).toEqual([`${H1}\n${canonicalJson(refund)}`]);
  });

  it('gives the same hash when handed the payload text it would have serialized', () => {
    expect(journalHash(GENESIS_HASH, sale, { payloadJson: canonicalJson(sale.payload) })).toBe(H1);
  });

  it('refuses a fact that is not canonical-JSON-able', () => {
    expect(() => journalHash(GENESIS_HASH, { ...sale, at: 1.5 })).toThrow(TypeError);
    expect(() => journalHash(GENESIS_HASH, { ...sale, payload: { total: 0.5 } })).toThrow(TypeError);
  });

  it('accepts an empty journal', () => {
    expect(verifyJournal([])).toEqual({ ok: true, count: 0, head: GENESIS_HASH });
  });

  it('names the first broken entry', () => {
    const [first, second] = chain([sale, refund]) as [JournalEntry, JournalEntry];
    const third = {
      ...refund,
      seq: 3,
      prevHash: second.hash,
      hash: journalHash(second.hash, { ...refund, seq: 3 }),
    };
    // A tampered payload no longer matches its hash.
    expect(verifyJournal([first, { ...second, payload: { total: -1 } }, third])).toEqual({
      ok: false,
      brokenAt: 2,
      reason: 'hash_mismatch',
    });
    // A removed entry shows up as a gap…
    expect(verifyJournal([first, third])).toEqual({ ok: false, brokenAt: 2, reason: 'seq_gap' });
    // …and an entry re-hashed onto a different predecessor as a broken link.
    const relinked = { ...second, prevHash: GENESIS_HASH, hash: journalHash(GENESIS_HASH, second) };
    expect(verifyJournal([first, relinked])).toEqual({ ok: false, brokenAt: 2, reason: 'prev_mismatch' });
    expect(verifyJournal([second])).toEqual({ ok: false, brokenAt: 1, reason: 'seq_gap' });
  });
});
