import { describe, expect, it } from 'vitest';
import { Ticket, type TicketLine } from './ticket';
import { type PricingSettings, priceTicket } from './ticket-pricing';

const inclusive: PricingSettings = {
  tax: { mode: 'inclusive', rounding: 'line', inclusiveTarget: 'net' },
  roundingMode: 'half-up',
};
const exclusive: PricingSettings = {
  tax: { mode: 'exclusive', rounding: 'line', inclusiveTarget: 'net' },
  roundingMode: 'half-up',
};

const line = (id: string, over: Partial<TicketLine>): TicketLine => ({
  id,
  productId: `p-${id}`,
  name: id,
  sku: id,
  unit: 'piece',
  unitPrice: 1000,
  quantity: 1000,
  ratePpm: 130_000,
  ...over,
});

const ticketOf = (lines: TicketLine[], discount?: TicketLine['discount']): Ticket => {
  const t = lines.reduce((acc, l) => Ticket.addLine(acc, l, { merge: false }), Ticket.empty('CNY'));
  return Ticket.setTicketDiscount(t, discount);
};

describe('priceTicket', () => {
  it('prices pieces, weight and a price label (tax-inclusive)', () => {
    const priced = priceTicket(
      ticketOf([
        line('cola', { unitPrice: 350, quantity: 2000 }), // 3.50 × 2 = 7.00
        line('apple', { unit: 'kg', unitPrice: 1299, quantity: 350, ratePpm: 90_000 }), // 12.99 × 0.350 = 4.5465 → 4.55
        line('meat', { unit: 'kg', unitPrice: 4800, quantity: 512, fixedAmount: 2458 }), // the label says 24.58
      ]),
      inclusive,
    );
    expect(priced.lines.map((l) => l.gross)).toEqual([700, 455, 2458]);
    expect(priced.subtotal).toBe(3613);
    expect(priced.total).toBe(3613);
    // 7.00 / 1.13 = 6.1947 → 6.19 net, 0.81 tax; 4.55 / 1.09 = 4.1743 → 4.17, 0.38; 24.58 / 1.13 = 21.752 → 21.75, 2.83
    expect(priced.lines.map((l) => [l.net, l.tax])).toEqual([
      [619, 81],
      [417, 38],
      [2175, 283],
    ]);
    expect(priced.taxTotal).toBe(402);
    expect(priced.taxByRate.map((r) => r.ratePpm)).toEqual([90_000, 130_000]);
    expect(priced.itemCount).toBe(4);
  });

  it('applies line discounts, then the ticket discount by largest remainder', () => {
    const priced = priceTicket(
      ticketOf(
        [
          line('a', { unitPrice: 1999, discount: { kind: 'percent', basisPoints: 1000 } }), // 10% of 19.99 = 1.999 → 2.00
          line('b', { unitPrice: 500, discount: { kind: 'amount', amount: 800 } }), // clamped to 5.00
          line('c', { unitPrice: 1001 }),
        ],
        { kind: 'amount', amount: 1000 },
      ),
      inclusive,
    );
    expect(priced.lines.map((l) => l.lineDiscount)).toEqual([200, 500, 0]);
    // 10.00 over weights 1799, 0, 1001 (Σ 2800): 642.5 and 357.5 fen, a tie: the unit goes to the lowest index
    expect(priced.lines.map((l) => l.ticketDiscount)).toEqual([643, 0, 357]);
    expect(priced.lines.map((l) => l.amount)).toEqual([1156, 0, 644]);
    expect(priced.discountTotal).toBe(1700);
    expect(priced.total).toBe(1800);
  });

  it('never discounts below zero', () => {
    const priced = priceTicket(
      ticketOf([line('a', { unitPrice: 100 })], { kind: 'amount', amount: 5000 }),
      inclusive,
    );
    expect(priced.lines[0]?.amount).toBe(0);
    expect(priced.discountTotal).toBe(100);
    expect(priced.total).toBe(0);
  });

  it('9折 ticket discount rounds with the settings', () => {
    // 10% of 10.05 = 1.005 → 1.01 half-up, 1.00 half-even
    const t = ticketOf([line('a', { unitPrice: 1005 })], { kind: 'percent', basisPoints: 1000 });
    expect(priceTicket(t, inclusive).discountTotal).toBe(101);
    expect(priceTicket(t, { ...inclusive, roundingMode: 'half-even' }).discountTotal).toBe(100);
  });

  it('adds tax on top when prices exclude tax: total is what is due', () => {
    const t = ticketOf(
      [148, 148, 148, 148, 152, 154, 39].map((p, i) => line(`l${i}`, { unitPrice: p, ratePpm: 210_000 })),
    );
    const perLine = priceTicket(t, exclusive);
    expect([perLine.subtotal, perLine.netTotal, perLine.taxTotal, perLine.total]).toEqual([
      937, 937, 196, 1133,
    ]);
    const perReceipt = priceTicket(t, { ...exclusive, tax: { ...exclusive.tax, rounding: 'receipt' } });
    expect([perReceipt.netTotal, perReceipt.taxTotal, perReceipt.total]).toEqual([937, 197, 1134]);
    expect(perReceipt.lines.reduce((s, l) => s + l.total, 0)).toBe(1134);
  });

  it('prices an empty ticket to zero', () => {
    expect(priceTicket(Ticket.empty('CNY'), inclusive)).toMatchObject({ subtotal: 0, total: 0, lines: [] });
  });
});
