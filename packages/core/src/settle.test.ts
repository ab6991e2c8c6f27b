import { describe, expect, it } from 'vitest';
import { NO_CASH_ROUNDING } from './cash-rounding';
import { settle } from './settle';

const jiaoDown = { increment: 10, mode: 'down' } as const;

describe('settle', () => {
  it('gives change from cash', () => {
    expect(settle(1234, [{ kind: 'cash', amount: 2000 }], NO_CASH_ROUNDING)).toEqual({
      ok: true,
      value: {
        due: 1234,
        cashRounding: 0,
        dueAfterRounding: 1234,
        tenders: [{ kind: 'cash', applied: 1234, tendered: 2000 }],
        change: 766,
        paid: 1234,
      },
    });
  });

  it('rounds the cash part only (抹零): card 10.00 + cash on 12.34 with 0.1 down', () => {
    const result = settle(
      1234,
      [
        { kind: 'card', amount: 1000, reference: 'T1', brand: 'UnionPay', last4: '1234' },
        { kind: 'cash', amount: 300 },
      ],
      jiaoDown,
    );
    // Cash part 2.34 → 2.30: the adjustment is −4 fen on its own line.
    expect(result).toEqual({
      ok: true,
      value: {
        due: 1234,
        cashRounding: -4,
        dueAfterRounding: 1230,
        tenders: [
          { kind: 'card', applied: 1000, tendered: 1000, reference: 'T1', brand: 'UnionPay', last4: '1234' },
          { kind: 'cash', applied: 230, tendered: 300 },
        ],
        change: 70,
        paid: 1230,
      },
    });
  });

  it('does not round without cash', () => {
    const result = settle(1234, [{ kind: 'card', amount: 1234, reference: 'T1' }], jiaoDown);
    expect(result.ok && result.value.cashRounding).toBe(0);
    expect(result.ok && result.value.change).toBe(0);
  });

  it('splits over several cards and cash', () => {
    const result = settle(
      10_000,
      [
        { kind: 'card', amount: 3000, reference: 'A' },
        { kind: 'cash', amount: 2000 },
        { kind: 'card', amount: 4000, reference: 'B' },
        { kind: 'cash', amount: 2000 },
      ],
      NO_CASH_ROUNDING,
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    // Cash due is 3000: the first cash tender covers 2000, the second 1000 with 1000 change.
    expect(result.value.tenders.map((t) => t.applied)).toEqual([3000, 2000, 4000, 1000]);
    expect(result.value.change).toBe(1000);
  });

  it('half-up cash rounding can round up', () => {
    const result = settle(1235, [{ kind: 'cash', amount: 1240 }], { increment: 10, mode: 'half-up' });
    expect(result.ok && result.value).toMatchObject({ cashRounding: 5, dueAfterRounding: 1240, change: 0 });
  });

  it('settles a zero total with no tenders', () => {
    expect(settle(0, [], NO_CASH_ROUNDING).ok).toBe(true);
  });

  it.each([
    ['no tenders', 1234, [], { code: 'tender_short', due: 1234, tendered: 0 }],
    // The error reports the rounded due (12.34 → 12.30), which is what the customer must hand over.
    [
      'short cash',
      1234,
      [{ kind: 'cash', amount: 1000 }],
      { code: 'tender_short', due: 1230, tendered: 1000 },
    ],
    // Rounded cash due is 12.30, so 12.29 is short even though it is within the rounding.
    [
      'short after rounding',
      1234,
      [{ kind: 'cash', amount: 1229 }],
      { code: 'tender_short', due: 1230, tendered: 1229 },
    ],
    [
      'short card',
      1234,
      [{ kind: 'card', amount: 1000, reference: 'x' }],
      { code: 'tender_short', due: 1234, tendered: 1000 },
    ],
    [
      'card over due',
      1234,
      [{ kind: 'card', amount: 1300, reference: 'x' }],
      { code: 'non_cash_exceeds_due', due: 1234, nonCash: 1300 },
    ],
    ['zero amount', 1234, [{ kind: 'cash', amount: 0 }], { code: 'invalid_amount', index: 0, amount: 0 }],
    [
      'fractional amount',
      1234,
      [{ kind: 'cash', amount: 12.5 }],
      { code: 'invalid_amount', index: 0, amount: 12.5 },
    ],
    [
      'bad last4',
      1234,
      [{ kind: 'card', amount: 1234, reference: 'x', last4: '12a4' }],
      { code: 'invalid_card_last4', index: 0 },
    ],
  ] as const)('%s', (_name, due, tenders, error) => {
    expect(settle(due, tenders, jiaoDown)).toEqual({ ok: false, error });
  });

  it('throws on a negative due (a programmer error)', () => {
    expect(() => settle(-1, [], NO_CASH_ROUNDING)).toThrow(RangeError);
  });
});
