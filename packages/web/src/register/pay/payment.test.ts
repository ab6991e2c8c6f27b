import { describe, expect, it } from 'vitest';
import { previewTender, summarizePayment } from './payment';

const moling = { increment: 10, mode: 'down' } as const;

describe('summarizePayment', () => {
  it('shows what is left in cash after 抹零 before any tender', () => {
    expect(summarizePayment(1234, [], moling)).toEqual({
      due: 1234,
      tendered: 0,
      remaining: 1234,
      cashRemaining: 1230,
      settlement: null,
    });
  });

  it('counts a card first, then rounds only the cash part', () => {
    const summary = summarizePayment(1234, [{ kind: 'card', amount: 1000, reference: 'T1' }], moling);
    expect(summary).toMatchObject({ remaining: 234, cashRemaining: 230, settlement: null });
  });

  it('settles once covered, with change and the rounding line', () => {
    const summary = summarizePayment(1234, [{ kind: 'cash', amount: 2000 }], moling);
    expect(summary.settlement).toMatchObject({ cashRounding: -4, dueAfterRounding: 1230, change: 770 });
    expect(summary.cashRemaining).toBe(0);
  });
});

describe('previewTender', () => {
  it('tells covered, short and refused apart', () => {
    expect(previewTender(1234, [], { kind: 'cash', amount: 1230 }, moling).settlement?.change).toBe(0);
    expect(previewTender(1234, [], { kind: 'cash', amount: 1000 }, moling)).toEqual({
      settlement: null,
      error: null,
      short: true,
    });
    expect(previewTender(1234, [], { kind: 'card', amount: 2000, reference: 'T' }, moling).error).toBe(
      'non_cash_exceeds_due',
    );
    expect(
      previewTender(1234, [], { kind: 'card', amount: 1234, reference: 'T', last4: '12' }, moling).error,
    ).toBe('invalid_card_last4');
  });

  it('completes a split payment: card then exact cash', () => {
    const card = { kind: 'card', amount: 1000, reference: 'T1' } as const;
    const exact = summarizePayment(1234, [card], moling).cashRemaining;
    const result = previewTender(1234, [card], { kind: 'cash', amount: exact }, moling);
    expect(result.settlement).toMatchObject({ paid: 1230, change: 0, cashRounding: -4 });
  });
});
