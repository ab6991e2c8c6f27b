import type { ShiftFacts } from './shift-summary';

/** Test fixture: a shift with cash and card sales, 抹零, cash in and out, a no-sale, voids and a cash refund. */
export const SHIFT_FACTS: ShiftFacts = {
  openingFloat: 50000,
  sales: {
    count: 3,
    subtotal: 12345,
    discountTotal: 345,
    taxTotal: 1380,
    netTotal: 10620,
    total: 12000,
    cashRounding: -5,
    change: 2005,
  },
  tenders: [
    { kind: 'card', count: 1, amount: 6000 },
    { kind: 'cash', count: 2, amount: 5995 },
  ],
  cashIn: 10000,
  cashOut: 3000,
  noSaleCount: 1,
  voids: { lines: 2, lineAmount: 700, tickets: 1, ticketAmount: 1250 },
  refunds: { count: 1, total: 800, tenders: [{ kind: 'cash', count: 1, amount: 800 }] },
};
