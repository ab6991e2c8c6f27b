import type { Product, StockCount } from '@kassa/api';
import { describe, expect, it } from 'vitest';
import {
  addScan,
  isUnsent,
  markSent,
  mergeServerTallies,
  readStoredTallies,
  setTallyText,
  type Tally,
  unsentEntries,
} from './count-tally';

const ME = 'me';
const cola = { id: 'cola', sku: 'COLA', name: '可乐', unit: 'piece' } as Product;
const apple = { id: 'apple', sku: 'APPLE', name: '苹果', unit: 'kg' } as Product;

function count(tallies: Record<string, [string, number][]>): StockCount {
  return {
    id: 'c',
    number: 1,
    storeId: 's',
    locationId: 'l',
    categoryId: null,
    blind: true,
    staffNames: {},
    note: '',
    status: 'counting',
    startedBy: 'm',
    startedAt: 1_700_000_000_000,
    postedBy: null,
    postedAt: null,
    varianceValue: null,
    lines: Object.entries(tallies).map(([productId, list]) => ({
      productId,
      sku: productId.toUpperCase(),
      name: productId,
      unit: 'piece',
      counted: list.reduce((sum, [, q]) => sum + q, 0),
      tallies: list.map(([staffId, quantity]) => ({ staffId, quantity, countedAt: 1_700_000_000_000 })),
      expected: null,
      variance: null,
      varianceValue: null,
    })),
  };
}

describe('a counter’s tallies', () => {
  it('add one per scan, the scanned product on top, a scale label by its weight', () => {
    let tallies = addScan([], cola, 1000);
    tallies = addScan(tallies, apple, 350);
    tallies = addScan(tallies, cola, 1000);
    expect(tallies.map((t) => [t.productId, t.text])).toEqual([
      ['cola', '2'],
      ['apple', '0.35'],
    ]);
  });

  it('take a typed quantity as the whole tally; a scan leaves a text that does not read alone', () => {
    let tallies = setTallyText(addScan([], cola, 1000), 'cola', '24');
    expect(tallies[0]?.text).toBe('24');
    tallies = addScan(setTallyText(tallies, 'cola', '2x'), cola, 1000);
    expect(tallies[0]?.text).toBe('2x');
    expect(unsentEntries(tallies)).toEqual([]);
    expect(isUnsent(tallies[0] as Tally)).toBe(true);
  });

  it('send the unsent ones as whole quantities, so sending again changes nothing', () => {
    let tallies = addScan(addScan([], cola, 1000), apple, 1200);
    const entries = unsentEntries(tallies);
    expect(entries).toEqual([
      { productId: 'apple', quantity: 1200 },
      { productId: 'cola', quantity: 1000 },
    ]);
    expect(unsentEntries(markSent(tallies, entries))).toEqual([]);
    // A scan while the answer was on its way is still to send: the whole 2, not 1 + 2.
    tallies = markSent(addScan(tallies, cola, 1000), entries);
    expect(unsentEntries(tallies)).toEqual([{ productId: 'cola', quantity: 2000 }]);
    // Counted down to nothing is a tally of 0, sent like any other.
    expect(unsentEntries(setTallyText(tallies, 'apple', '0'))).toContainEqual({
      productId: 'apple',
      quantity: 0,
    });
  });
});

describe('merging the count from the server', () => {
  it('follows the server for sent tallies, keeps unsent ones, and adds this counter’s others', () => {
    const sent = markSent(addScan([], cola, 3000), [{ productId: 'cola', quantity: 3000 }]);
    const typed = addScan(sent, apple, 1000);
    const merged = mergeServerTallies(
      typed,
      count({
        cola: [
          ['other', 4000],
          [ME, 5000],
        ],
        chips: [[ME, 2000]],
        water: [['other', 1000]],
      }),
      ME,
    );
    expect(merged.map((t) => [t.productId, t.text, t.sent])).toEqual([
      ['apple', '1', null],
      ['cola', '5', 5000],
      ['chips', '2', 2000],
    ]);
  });

  it('drops a sent tally a recount cleared, and keeps one not sent yet to send', () => {
    const sent = markSent(addScan([], cola, 3000), [{ productId: 'cola', quantity: 3000 }]);
    expect(mergeServerTallies(sent, count({}), ME)).toEqual([]);
    const rescanned = addScan(sent, cola, 1000);
    expect(mergeServerTallies(rescanned, count({}), ME).map((t) => [t.text, t.sent])).toEqual([['4', null]]);
  });

  it('counts a tally as sent once the server has it, even when its answer was lost', () => {
    const scanned = addScan([], cola, 2000);
    const merged = mergeServerTallies(scanned, count({ cola: [[ME, 2000]] }), ME);
    expect(merged.map(isUnsent)).toEqual([false]);
  });
});

describe('tallies kept in the browser', () => {
  it('read back what was kept and drop anything malformed', () => {
    const kept = addScan([], cola, 1000);
    expect(readStoredTallies(JSON.parse(JSON.stringify(kept)))).toEqual(kept);
    expect(readStoredTallies([{ productId: 'x' }, null, 3])).toEqual([]);
    expect(readStoredTallies('nope')).toEqual([]);
  });
});
