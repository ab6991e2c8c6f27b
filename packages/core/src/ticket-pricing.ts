import { allocate } from './allocate';
import { discountAmount } from './discount';
import { lineAmount } from './quantity';
import type { RoundingMode } from './rounding';
import { computeTax, type TaxMode, type TaxRateTotal, type TaxSettings } from './tax';
import type { Ticket, TicketLine } from './ticket';

/** Store settings that decide how a ticket is priced. */
export type PricingSettings = {
  readonly tax: Omit<TaxSettings, 'roundingMode'>;
  /** Used for line amounts (price × weight), percent discounts and tax. */
  readonly roundingMode: RoundingMode;
};

/**
 * A ticket line with its money worked out (minor units):
 * `gross − lineDiscount − ticketDiscount = amount`, and `amount` splits into `net + tax` when prices
 * include tax. `total` is what the customer pays for the line: `amount` when prices include tax,
 * `amount + tax` when tax is added at the till.
 */
export type PricedLine = TicketLine & {
  /** unit price × quantity (rounded once), or the fixed amount of a price label. */
  readonly gross: number;
  /** This line's own discount, ≥ 0. */
  readonly lineDiscount: number;
  /** This line's share of the ticket discount, ≥ 0. */
  readonly ticketDiscount: number;
  /** gross − lineDiscount − ticketDiscount: the line at shelf-price level after discounts. */
  readonly amount: number;
  readonly net: number;
  readonly tax: number;
  /** What the customer pays for this line: `amount` (inclusive) or `amount + tax` (exclusive). */
  readonly total: number;
};

/**
 * A fully priced ticket. `total` is what is due (before cash rounding) and is always
 * `netTotal + taxTotal` and `Σ line.total`; with tax-inclusive prices it also equals
 * `subtotal − discountTotal`, with tax-exclusive prices it is `subtotal − discountTotal + taxTotal`.
 */
export type PricedTicket = {
  readonly currency: string;
  readonly taxMode: TaxMode;
  readonly lines: PricedLine[];
  /** Σ line gross, at shelf-price level. */
  readonly subtotal: number;
  /** Σ line and ticket discounts. */
  readonly discountTotal: number;
  /** What is due before cash rounding. */
  readonly total: number;
  readonly taxTotal: number;
  readonly netTotal: number;
  /** Net, tax and gross per rate, ascending by rate. */
  readonly taxByRate: TaxRateTotal[];
  /** Articles on the ticket: whole pieces counted, each weighed or price-labelled line counts 1. */
  readonly itemCount: number;
};

/**
 * Prices a ticket: line amounts, line discounts, the ticket discount allocated over lines (largest
 * remainder, weighted by each line's amount after its own discount), then tax on what remains.
 * Discounts are clamped so no line goes negative.
 */
export function priceTicket(ticket: Ticket, settings: PricingSettings): PricedTicket {
  const mode = settings.roundingMode;
  const grosses = ticket.lines.map(
    (line) => line.fixedAmount ?? lineAmount(line.unitPrice, line.quantity, mode),
  );
  const lineDiscounts = ticket.lines.map((line, i) => {
    const gross = grosses[i] ?? 0;
    return line.discount ? discountAmount(gross, line.discount, mode) : 0;
  });
  const afterLine = grosses.map((g, i) => g - (lineDiscounts[i] ?? 0));
  const base = afterLine.reduce((s, a) => s + a, 0);
  const ticketDiscount = ticket.discount ? discountAmount(base, ticket.discount, mode) : 0;
  // Each share ≤ its weight because ticketDiscount ≤ base, so no line goes below zero.
  const shares = allocate(ticketDiscount, afterLine);
  const amounts = afterLine.map((a, i) => a - (shares[i] ?? 0));

  const tax = computeTax(
    ticket.lines.map((line, i) => ({ amount: amounts[i] ?? 0, ratePpm: line.ratePpm })),
    { ...settings.tax, roundingMode: mode },
  );
  const lines = ticket.lines.map((line, i): PricedLine => {
    const split = tax.lines[i] ?? { net: 0, tax: 0, gross: 0 };
    return {
      ...line,
      gross: grosses[i] ?? 0,
      lineDiscount: lineDiscounts[i] ?? 0,
      ticketDiscount: shares[i] ?? 0,
      amount: amounts[i] ?? 0,
      net: split.net,
      tax: split.tax,
      total: split.gross,
    };
  });

  const subtotal = grosses.reduce((s, g) => s + g, 0);
  const discountTotal = lineDiscounts.reduce((s, d) => s + d, 0) + ticketDiscount;
  const itemCount = ticket.lines.reduce(
    (n, l) => n + (l.unit === 'piece' && l.fixedAmount === undefined ? Math.floor(l.quantity / 1000) : 1),
    0,
  );
  return {
    currency: ticket.currency,
    taxMode: settings.tax.mode,
    lines,
    subtotal,
    discountTotal,
    total: tax.gross,
    taxTotal: tax.tax,
    netTotal: tax.net,
    taxByRate: tax.byRate,
    itemCount,
  };
}
