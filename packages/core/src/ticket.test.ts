import { describe, expect, it } from 'vitest';
import { Ticket, type TicketLine, validateQuantity, validateTicketLine } from './ticket';

const cola: TicketLine = {
  id: 'l1',
  productId: 'p-cola',
  name: '可口可乐 330ml',
  sku: 'COLA330',
  unit: 'piece',
  unitPrice: 350,
  quantity: 1000,
  ratePpm: 130_000,
  barcode: '6901028075831',
};
const apples: TicketLine = {
  id: 'l2',
  productId: 'p-apple',
  name: '红富士苹果',
  sku: 'APL',
  unit: 'kg',
  unitPrice: 1299,
  quantity: 350,
  ratePpm: 90_000,
};

describe('Ticket', () => {
  it('starts empty and is immutable', () => {
    const empty = Ticket.empty('CNY');
    const one = Ticket.addLine(empty, cola);
    expect(empty.lines).toEqual([]);
    expect(one.lines).toEqual([cola]);
    expect(() => Ticket.empty('XYZ')).toThrow(RangeError);
  });

  it('merges a repeated scan of a plain piece line', () => {
    const t = Ticket.addLine(Ticket.addLine(Ticket.empty('CNY'), cola), { ...cola, id: 'l9' });
    expect(t.lines).toEqual([{ ...cola, quantity: 2000 }]);
  });

  it('does not merge when asked not to, on another price, a weighed line, or a discounted line', () => {
    const base = Ticket.addLine(Ticket.empty('CNY'), cola);
    expect(Ticket.addLine(base, { ...cola, id: 'l9' }, { merge: false }).lines).toHaveLength(2);
    expect(Ticket.addLine(base, { ...cola, id: 'l9', unitPrice: 300 }).lines).toHaveLength(2);
    expect(
      Ticket.addLine(base, { ...cola, id: 'l9', discount: { kind: 'amount', amount: 50 } }).lines,
    ).toHaveLength(2);
    const weighed = Ticket.addLine(Ticket.empty('CNY'), apples);
    expect(Ticket.addLine(weighed, { ...apples, id: 'l9' }).lines).toHaveLength(2);
    const discounted = Ticket.setLineDiscount(base, 'l1', { kind: 'percent', basisPoints: 1000 });
    expect(Ticket.addLine(discounted, { ...cola, id: 'l9' }).lines).toHaveLength(2);
  });

  it('removes lines, changes quantities and discounts', () => {
    let t = Ticket.addLine(Ticket.addLine(Ticket.empty('CNY'), cola), apples);
    t = Ticket.changeQuantity(t, 'l2', 1250);
    expect(t.lines[1]?.quantity).toBe(1250);
    t = Ticket.setLineDiscount(t, 'l2', { kind: 'amount', amount: 100 });
    expect(t.lines[1]?.discount).toEqual({ kind: 'amount', amount: 100 });
    t = Ticket.setLineDiscount(t, 'l2', undefined);
    expect('discount' in (t.lines[1] ?? {})).toBe(false);
    t = Ticket.setTicketDiscount(t, { kind: 'percent', basisPoints: 1000 });
    expect(t.discount).toEqual({ kind: 'percent', basisPoints: 1000 });
    t = Ticket.setTicketDiscount(t, undefined);
    expect('discount' in t).toBe(false);
    t = Ticket.removeLine(t, 'l1');
    expect(t.lines.map((l) => l.id)).toEqual(['l2']);
  });

  it('throws on invalid input and unknown lines', () => {
    const t = Ticket.addLine(Ticket.empty('CNY'), cola);
    expect(() => Ticket.changeQuantity(t, 'l1', 0)).toThrow(RangeError);
    expect(() => Ticket.changeQuantity(t, 'nope', 1000)).toThrow(RangeError);
    expect(() => Ticket.removeLine(t, 'nope')).toThrow(RangeError);
    expect(() => Ticket.setTicketDiscount(t, { kind: 'percent', basisPoints: 10_001 })).toThrow(RangeError);
    expect(() => Ticket.addLine(t, { ...cola, unitPrice: -1 })).toThrow(RangeError);
  });
});

describe('validateTicketLine', () => {
  it('accepts good lines', () => {
    expect(validateTicketLine(cola)).toEqual({ ok: true, value: cola });
    expect(validateTicketLine({ ...apples, fixedAmount: 455 }).ok).toBe(true);
  });

  it.each([
    [{ quantity: 0 }, 'invalid_quantity'],
    [{ quantity: -1000 }, 'invalid_quantity'],
    [{ quantity: 1.5 }, 'invalid_quantity'],
    [{ quantity: 1500 }, 'invalid_quantity'], // half a piece
    [{ unitPrice: -1 }, 'invalid_price'],
    [{ unitPrice: 0.5 }, 'invalid_price'],
    [{ fixedAmount: -5 }, 'invalid_price'],
    [{ ratePpm: -1 }, 'invalid_tax_rate'],
    [{ discount: { kind: 'percent', basisPoints: 10_001 } }, 'invalid_discount'], // over 100%
    [{ discount: { kind: 'amount', amount: -1 } }, 'invalid_discount'],
  ] as const)('%j → %s', (patch, code) => {
    const result = validateTicketLine({ ...cola, ...patch });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe(code);
  });

  it('allows fractional kilograms but not fractional pieces', () => {
    expect(validateQuantity(350, 'kg').ok).toBe(true);
    expect(validateQuantity(350, 'piece').ok).toBe(false);
  });
});
