import { isCurrencyCode } from './currency';
import { type Discount, validateDiscount } from './discount';
import type { Unit } from './quantity';
import { err, ok, type Result } from './result';

/**
 * One line of the sale being built. Amounts are minor units, `quantity` is thousandths (1 piece =
 * 1000, 0.350 kg = 350), `ratePpm` the tax rate in parts per million (13% = 130000).
 */
export type TicketLine = {
  readonly id: string;
  readonly productId: string;
  readonly name: string;
  readonly sku: string;
  readonly unit: Unit;
  /** Minor units per unit (per piece or per kg). */
  readonly unitPrice: number;
  readonly quantity: number;
  readonly ratePpm: number;
  readonly barcode?: string;
  /** Line amount fixed by a price-embedded scale label; `quantity` is then informational. */
  readonly fixedAmount?: number;
  readonly discount?: Discount;
  /** The catalogue price when the cashier overrode `unitPrice` (改价); absent otherwise. */
  readonly listPrice?: number;
};

/** The sale being built at the register, before it is priced and settled. Immutable. */
export type Ticket = {
  readonly currency: string;
  readonly lines: readonly TicketLine[];
  readonly discount?: Discount;
};

/** Why a ticket line was refused. */
export type TicketLineError =
  | { readonly code: 'invalid_quantity'; readonly quantity: number }
  | { readonly code: 'invalid_price'; readonly unitPrice: number; readonly fixedAmount?: number }
  | { readonly code: 'invalid_discount'; readonly discount: Discount }
  | { readonly code: 'invalid_tax_rate'; readonly ratePpm: number };

/**
 * Checks a quantity: a positive integer number of thousandths, and whole pieces for `piece` lines
 * (1500 is fine for kg, not for pieces).
 */
export function validateQuantity(quantity: number, unit: Unit): Result<number, TicketLineError> {
  const valid = Number.isSafeInteger(quantity) && quantity > 0 && (unit === 'kg' || quantity % 1000 === 0);
  return valid ? ok(quantity) : err({ code: 'invalid_quantity', quantity });
}

/**
 * Checks a line before it goes on a ticket: quantity (see {@link validateQuantity}), non-negative
 * integer unit price and fixed amount, non-negative integer tax rate, discount within 0–100%.
 */
export function validateTicketLine(line: TicketLine): Result<TicketLine, TicketLineError> {
  const quantity = validateQuantity(line.quantity, line.unit);
  if (!quantity.ok) return quantity;
  const priceOk = Number.isSafeInteger(line.unitPrice) && line.unitPrice >= 0;
  const fixedOk =
    (line.fixedAmount === undefined || (Number.isSafeInteger(line.fixedAmount) && line.fixedAmount >= 0)) &&
    (line.listPrice === undefined ||
      (Number.isSafeInteger(line.listPrice) && line.listPrice >= 0 && line.fixedAmount === undefined));
  if (!priceOk || !fixedOk) {
    const base = { code: 'invalid_price', unitPrice: line.unitPrice } as const;
    return err(line.fixedAmount === undefined ? base : { ...base, fixedAmount: line.fixedAmount });
  }
  if (!Number.isSafeInteger(line.ratePpm) || line.ratePpm < 0) {
    return err({ code: 'invalid_tax_rate', ratePpm: line.ratePpm });
  }
  if (line.discount !== undefined) {
    const discount = validateDiscount(line.discount);
    if (!discount.ok) return discount;
  }
  return ok(line);
}

function assertValid<T, E>(result: Result<T, E>): T {
  if (!result.ok) throw new RangeError(`Invalid ticket input: ${JSON.stringify(result.error)}`);
  return result.value;
}

function indexOfLine(ticket: Ticket, lineId: string): number {
  const index = ticket.lines.findIndex((l) => l.id === lineId);
  if (index < 0) throw new RangeError(`No line ${JSON.stringify(lineId)} on the ticket`);
  return index;
}

function replaceLine(ticket: Ticket, index: number, line: TicketLine): Ticket {
  return { ...ticket, lines: ticket.lines.map((l, i) => (i === index ? line : l)) };
}

/** A plain counted line: the only kind a repeated scan merges into. */
function isMergeable(line: TicketLine): boolean {
  return (
    line.unit === 'piece' &&
    line.fixedAmount === undefined &&
    line.discount === undefined &&
    line.listPrice === undefined
  );
}

function withoutDiscount<T extends { readonly discount?: Discount }>(value: T): T {
  const { discount: _removed, ...rest } = value;
  return rest as T;
}

/**
 * Immutable operations on a {@link Ticket}; each returns a new ticket. Inputs are expected to have
 * passed {@link validateTicketLine} / {@link validateQuantity} / `validateDiscount` at the edge:
 * invalid ones, or an unknown line id, throw RangeError.
 */
export const Ticket = {
  /** A ticket with no lines. @throws RangeError on an unknown currency. */
  empty(currency: string): Ticket {
    if (!isCurrencyCode(currency)) throw new RangeError(`Unknown currency code: ${JSON.stringify(currency)}`);
    return { currency, lines: [] };
  },
  /**
   * Appends a line. With `merge` (default true), a plain piece line (no fixed amount, no discount)
   * whose product and unit price match an existing plain piece line adds its quantity to that line
   * instead (the existing line keeps its id and position): scanning a can twice gives "× 2".
   */
  addLine(ticket: Ticket, line: TicketLine, opts: { readonly merge?: boolean } = {}): Ticket {
    assertValid(validateTicketLine(line));
    if ((opts.merge ?? true) && isMergeable(line)) {
      const index = ticket.lines.findIndex(
        (l) => isMergeable(l) && l.productId === line.productId && l.unitPrice === line.unitPrice,
      );
      const existing = ticket.lines[index];
      if (existing)
        return replaceLine(ticket, index, { ...existing, quantity: existing.quantity + line.quantity });
    }
    return { ...ticket, lines: [...ticket.lines, line] };
  },
  /** Removes a line. */
  removeLine(ticket: Ticket, lineId: string): Ticket {
    const index = indexOfLine(ticket, lineId);
    return { ...ticket, lines: ticket.lines.filter((_, i) => i !== index) };
  },
  /** Sets a line's quantity (thousandths). */
  changeQuantity(ticket: Ticket, lineId: string, quantity: number): Ticket {
    const index = indexOfLine(ticket, lineId);
    const line = ticket.lines[index] as TicketLine;
    assertValid(validateQuantity(quantity, line.unit));
    return replaceLine(ticket, index, { ...line, quantity });
  },
  /** Sets or (with `undefined`) clears a line's discount. */
  setLineDiscount(ticket: Ticket, lineId: string, discount: Discount | undefined): Ticket {
    const index = indexOfLine(ticket, lineId);
    const line = ticket.lines[index] as TicketLine;
    if (discount === undefined) return replaceLine(ticket, index, withoutDiscount(line));
    assertValid(validateDiscount(discount));
    return replaceLine(ticket, index, { ...line, discount });
  },
  /**
   * Overrides a line's unit price (改价), remembering the catalogue price as `listPrice`; setting it
   * back to the catalogue price removes the override. Not for price-labelled lines (their amount is
   * fixed by the label).
   */
  overridePrice(ticket: Ticket, lineId: string, unitPrice: number): Ticket {
    const index = indexOfLine(ticket, lineId);
    const line = ticket.lines[index] as TicketLine;
    if (line.fixedAmount !== undefined)
      throw new RangeError('A price-labelled line has no unit price to override');
    const listPrice = line.listPrice ?? line.unitPrice;
    const { listPrice: _old, ...plain } = line;
    const next = unitPrice === listPrice ? { ...plain, unitPrice } : { ...plain, unitPrice, listPrice };
    return replaceLine(ticket, index, assertValid(validateTicketLine(next)));
  },
  /** Sets or (with `undefined`) clears the whole-ticket discount. */
  setTicketDiscount(ticket: Ticket, discount: Discount | undefined): Ticket {
    if (discount === undefined) return withoutDiscount(ticket);
    assertValid(validateDiscount(discount));
    return { ...ticket, discount };
  },
} as const;
