import type { ParkedTicketContent } from '@kassa/api';
import { Ticket, type TicketLine } from '@kassa/core';
import type { CartState } from '../cart/cart-state';
import { lineForProduct, lineForScan } from '../cart/ticket-line';
import type { CatalogIndex } from '../catalog/catalog-index';
import { resolveScan } from '../catalog/resolve-scan';
import { saleLineInputs } from '../outbox/build-sale-body';

/** What is parked of a cart: its lines, ticket discount and removed lines. */
export function parkedContent(cart: CartState): ParkedTicketContent {
  return {
    lines: saleLineInputs(cart.ticket),
    ...(cart.ticket.discount ? { discount: cart.ticket.discount } : {}),
    ...(cart.voids.length > 0 ? { voids: [...cart.voids] } : {}),
  };
}

/**
 * The ticket of a parked one, rebuilt from this register's catalogue: names, units and tax rates
 * as sold here, prices as they are now (like a reload reprices the cart), a scale label read again.
 * Lines of products no longer sold are left out and counted in `dropped`.
 */
export function restoredTicket(
  content: ParkedTicketContent,
  index: CatalogIndex,
): { ticket: Ticket; dropped: number } {
  let ticket = Ticket.empty(index.store.currency);
  let dropped = 0;
  for (const line of content.lines) {
    const restored = restoreLine(line, index);
    if (!restored) {
      dropped += 1;
      continue;
    }
    ticket = Ticket.addLine(ticket, line.discount ? { ...restored, discount: line.discount } : restored, {
      merge: false,
    });
    if (line.overridePrice !== undefined && restored.fixedAmount === undefined) {
      ticket = Ticket.overridePrice(ticket, restored.id, line.overridePrice);
    }
  }
  if (content.discount && ticket.lines.length > 0)
    ticket = Ticket.setTicketDiscount(ticket, content.discount);
  return { ticket, dropped };
}

function restoreLine(
  line: ParkedTicketContent['lines'][number],
  index: CatalogIndex,
): TicketLine | undefined {
  if (line.barcode) {
    const scanned = resolveScan(line.barcode, index);
    if (scanned.ok && scanned.product.id === line.productId) {
      const restored = lineForScan(scanned, index, line.id);
      return scanned.kind === 'item' ? { ...restored, quantity: line.quantity } : restored;
    }
  }
  const product = index.byId.get(line.productId);
  if (!product) return undefined;
  const restored = lineForProduct(product, index, line.id, line.quantity);
  // An open-price item keeps the price the cashier typed; others take today's catalogue price.
  return product.openPrice ? { ...restored, unitPrice: line.unitPrice } : restored;
}
