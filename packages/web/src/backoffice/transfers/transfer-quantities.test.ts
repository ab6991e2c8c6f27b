import type { StockTransfer } from '@kassa/api';
import { describe, expect, it } from 'vitest';
import { stepLines, stepTexts, transferDifference, transferDirection } from './transfer-quantities';

const A = 'store-a';
const B = 'store-b';

function transfer(lines: Partial<StockTransfer['lines'][number]>[]): StockTransfer {
  return {
    id: 't',
    number: 1,
    status: 'approved',
    staffNames: {},
    fromStoreId: A,
    fromLocationId: 'back',
    toStoreId: A,
    toLocationId: 'floor',
    note: '',
    requestedBy: 's',
    requestedAt: 1_700_000_000_000,
    approvedBy: null,
    approvedAt: null,
    shippedBy: null,
    shippedAt: null,
    receivedBy: null,
    receivedAt: null,
    lines: lines.map((line, i) => ({
      productId: `p${i}`,
      sku: `SKU${i}`,
      name: `P${i}`,
      unit: 'piece',
      requested: 1000,
      shipped: null,
      received: null,
      unitCost: null,
      ...line,
    })),
  };
}

describe('a transfer step’s quantities', () => {
  it('start from what was requested when shipping, from what was shipped when receiving', () => {
    const t = transfer([
      { requested: 12_000, shipped: 10_000 },
      { unit: 'kg', requested: 1_500, shipped: null },
    ]);
    expect(stepTexts(t, 'ship')).toEqual({ p0: '12', p1: '1.5' });
    expect(stepTexts(t, 'receive')).toEqual({ p0: '10', p1: '0' });
  });

  it('send every line, 0 included, and nothing while one does not read', () => {
    const t = transfer([{}, {}]);
    expect(stepLines(t, { p0: '11', p1: '0' })).toEqual([
      { productId: 'p0', quantity: 11_000 },
      { productId: 'p1', quantity: 0 },
    ]);
    expect(stepLines(t, { p0: '11', p1: '' })).toBeNull();
    expect(stepLines(t, { p0: 'x', p1: '1' })).toBeNull();
    expect(stepLines(t, { p0: '1' })).toBeNull();
  });
});

describe('a transfer line’s difference', () => {
  it('is what went missing (positive) or came extra (negative), none before receiving', () => {
    const [short, extra, open] = transfer([
      { shipped: 12_000, received: 11_000 },
      { shipped: 2_000, received: 3_000 },
      { shipped: 5_000 },
    ]).lines;
    expect([short, extra, open].map((line) => line && transferDifference(line))).toEqual([1_000, -1_000, 0]);
  });
});

describe('a transfer’s direction', () => {
  it('is in or out for another store, within for the same one', () => {
    const within = transfer([]);
    const across = { ...within, toStoreId: B };
    expect(transferDirection(within, A)).toBe('within');
    expect(transferDirection(across, A)).toBe('out');
    expect(transferDirection(across, B)).toBe('in');
  });
});
