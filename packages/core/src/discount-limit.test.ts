import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BASIS_POINTS } from './discount';
import {
  discountBasisPoints,
  discountShare,
  lineReductionShare,
  ticketDiscountShare,
} from './discount-limit';
import { Ticket } from './ticket';
import { priceTicket } from './ticket-pricing';

describe('discountBasisPoints', () => {
  it('rounds up, so a fen beyond a limit is beyond it', () => {
    expect(discountBasisPoints(100, 1000)).toBe(1000);
    expect(discountBasisPoints(100, 999)).toBe(1002);
    expect(discountBasisPoints(99, 999)).toBe(991);
    expect(discountBasisPoints(0, 500)).toBe(0);
    expect(discountBasisPoints(0, 0)).toBe(0);
    expect(discountBasisPoints(500, 500)).toBe(BASIS_POINTS);
    expect(discountBasisPoints(1, 0)).toBe(BASIS_POINTS);
  });

  it('refuses negative or fractional amounts', () => {
    expect(() => discountBasisPoints(-1, 100)).toThrow(RangeError);
    expect(() => discountBasisPoints(1.5, 100)).toThrow(RangeError);
  });

  it('property: it is the smallest limit that allows the reduction', () => {
    fc.assert(
      fc.property(fc.nat(1_000_000), fc.integer({ min: 1, max: 1_000_000 }), (a, b) => {
        const [reduction, base] = a <= b ? [a, b] : [b, a];
        const bp = discountBasisPoints(reduction, base);
        const allows = (limit: number) => BigInt(reduction) * 10_000n <= BigInt(base) * BigInt(limit);
        expect(allows(bp)).toBe(true);
        if (bp > 0) expect(allows(bp - 1)).toBe(false);
      }),
    );
  });
});

describe('discountShare', () => {
  it('takes a percentage as chosen and an amount as its share', () => {
    expect(discountShare(undefined, 2005)).toBe(0);
    expect(discountShare({ kind: 'percent', basisPoints: 1000 }, 2005)).toBe(1000);
    expect(discountShare({ kind: 'amount', amount: 201 }, 2005)).toBe(1003);
    expect(discountShare({ kind: 'amount', amount: 5000 }, 2005)).toBe(10_000);
  });
});

describe('lineReductionShare', () => {
  const settings = {
    tax: { mode: 'inclusive', rounding: 'line', inclusiveTarget: 'net' },
    roundingMode: 'half-up',
  } as const;
  const line = {
    id: 'l',
    productId: 'p',
    name: 'cola',
    sku: 'C',
    unit: 'piece',
    unitPrice: 1000,
    quantity: 2000,
    ratePpm: 130_000,
  } as const;

  it('counts an overridden price, and a discount on top, against the catalogue amount', () => {
    let ticket = Ticket.overridePrice(Ticket.addLine(Ticket.empty('CNY'), line), 'l', 850);
    expect(ticket.lines[0]).toMatchObject({ unitPrice: 850, listPrice: 1000 });
    const share = (t: Ticket) => lineReductionShare(priceTicket(t, settings).lines[0] as never, 'half-up');
    expect(share(ticket)).toBe(1500);
    ticket = Ticket.setLineDiscount(ticket, 'l', { kind: 'amount', amount: 100 });
    expect(share(ticket)).toBe(2000); // 20.00 → 16.00
    // Back to the catalogue price: no override left.
    expect(Ticket.overridePrice(ticket, 'l', 1000).lines[0]?.listPrice).toBeUndefined();
    // A higher price reduces nothing.
    expect(share(Ticket.overridePrice(Ticket.addLine(Ticket.empty('CNY'), line), 'l', 1200))).toBe(0);
  });
});

describe('ticketDiscountShare', () => {
  const settings = {
    tax: { mode: 'inclusive', rounding: 'line', inclusiveTarget: 'net' },
    roundingMode: 'half-up',
  } as const;
  it('sees discounts that stack: 10% off the line, then 10% off the sale, is 19%', () => {
    const line = {
      id: 'l',
      productId: 'p',
      name: 'x',
      sku: 'X',
      unit: 'piece',
      unitPrice: 10_000,
      quantity: 1000,
      ratePpm: 0,
    } as const;
    let ticket = Ticket.setLineDiscount(Ticket.addLine(Ticket.empty('CNY'), line), 'l', {
      kind: 'percent',
      basisPoints: 1000,
    });
    ticket = Ticket.setTicketDiscount(ticket, { kind: 'percent', basisPoints: 1000 });
    const priced = priceTicket(ticket, settings);
    expect(ticketDiscountShare(priced, ticket.discount, 'half-up')).toBe(1900);
    // Alone, a sale discount counts as chosen.
    const alone = Ticket.setTicketDiscount(
      Ticket.addLine(Ticket.empty('CNY'), { ...line, unitPrice: 2005 }),
      {
        kind: 'percent',
        basisPoints: 1000,
      },
    );
    expect(ticketDiscountShare(priceTicket(alone, settings), alone.discount, 'half-up')).toBe(1000);
    expect(ticketDiscountShare(priced, undefined, 'half-up')).toBe(0);
  });
});
