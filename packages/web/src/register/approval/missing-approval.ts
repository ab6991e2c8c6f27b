import {
  type Discount,
  lineReductionShare,
  type PricedTicket,
  type PricingSettings,
  priceTicket,
  type RoundingMode,
  Ticket,
  type TicketLine,
  ticketDiscountShare,
} from '@kassa/core';
import { type CartState, TICKET_APPROVAL } from '../cart/cart-state';

/** A discount of the cart that needs a manager's approval first: which one, and how big it is. */
export type MissingApproval = { readonly key: string; readonly basisPoints: number };

/**
 * The first discount of the cart beyond `limitBp` that no approval covers (the server refuses the
 * sale otherwise), or null. Lines first, then the sale discount. A discount can outgrow its
 * approval after it was given: an amount off the sale is a bigger share once a line is removed.
 */
export function missingApproval(
  cart: CartState,
  priced: PricedTicket,
  limitBp: number,
  roundingMode: RoundingMode,
): MissingApproval | null {
  const covered = (key: string, basisPoints: number) =>
    basisPoints <= limitBp || (cart.approvals[key]?.basisPoints ?? 0) >= basisPoints;
  for (const line of priced.lines) {
    const basisPoints = lineReductionShare(line, roundingMode);
    if (!covered(line.id, basisPoints)) return { key: line.id, basisPoints };
  }
  const basisPoints = ticketDiscountShare(priced, cart.ticket.discount, roundingMode);
  return covered(TICKET_APPROVAL, basisPoints) ? null : { key: TICKET_APPROVAL, basisPoints };
}

/** A line's reduction share once edited to `quantity`, `unitPrice` and `discount` (see missingApproval). */
export function editedLineShare(
  line: TicketLine,
  edit: { readonly quantity: number; readonly unitPrice: number; readonly discount: Discount | undefined },
  currency: string,
  settings: PricingSettings,
): number {
  let ticket = Ticket.addLine(Ticket.empty(currency), { ...line, quantity: edit.quantity });
  if (line.fixedAmount === undefined) ticket = Ticket.overridePrice(ticket, line.id, edit.unitPrice);
  ticket = Ticket.setLineDiscount(ticket, line.id, edit.discount);
  const [priced] = priceTicket(ticket, settings).lines;
  return priced ? lineReductionShare(priced, settings.roundingMode) : 0;
}
