import type { VoidedLineInput } from '@kassa/api';
import { Ticket, type TicketLine, validateTicketLine } from '@kassa/core';
import { type KeyValueStorage, readJson, writeJson } from '../../shared/storage';
import { type ApprovalRef, type CartState, emptyCart } from './cart-state';

/** Where the cart being rung up survives a reload or a crash of the tab. */
export const CART_KEY = 'kassa.cart';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/**
 * The saved cart for a store's `currency`, or an empty one. A saved cart is re-checked line by line
 * with the core rules, so a corrupt or foreign entry can never break the register.
 */
export function loadCart(storage: KeyValueStorage, currency: string): CartState {
  const saved = readJson(storage, CART_KEY);
  const empty = emptyCart(currency);
  if (!isRecord(saved) || !isRecord(saved.ticket)) return empty;
  const { ticket } = saved;
  if (ticket.currency !== currency || !Array.isArray(ticket.lines)) return empty;
  let restored = Ticket.empty(currency);
  for (const line of ticket.lines as unknown[]) {
    if (!isRecord(line) || typeof line.id !== 'string' || typeof line.productId !== 'string') return empty;
    const checked = validateTicketLine(line as TicketLine);
    if (!checked.ok) return empty;
    restored = Ticket.addLine(restored, checked.value, { merge: false });
  }
  if (isRecord(ticket.discount)) {
    try {
      restored = Ticket.setTicketDiscount(restored, ticket.discount as Ticket['discount']);
    } catch {
      return empty;
    }
  }
  const voids = Array.isArray(saved.voids) ? saved.voids.filter(isVoidedLine) : [];
  const saleId =
    typeof saved.saleId === 'string' && (restored.lines.length > 0 || voids.length > 0) ? saved.saleId : null;
  const approvals: Record<string, ApprovalRef> = {};
  if (saleId && isRecord(saved.approvals)) {
    for (const [key, approval] of Object.entries(saved.approvals)) {
      if (key === '__proto__' || !isRecord(approval)) continue;
      const { id, basisPoints } = approval;
      if (typeof id === 'string' && Number.isSafeInteger(basisPoints)) {
        approvals[key] = { id, basisPoints: basisPoints as number };
      }
    }
  }
  return {
    saleId,
    ticket: restored,
    selectedLineId: restored.lines.at(-1)?.id ?? null,
    voids: saleId ? voids : [],
    approvals,
  };
}

function isVoidedLine(value: unknown): value is VoidedLineInput {
  return (
    isRecord(value) &&
    typeof value.lineId === 'string' &&
    typeof value.productId === 'string' &&
    Number.isSafeInteger(value.quantity) &&
    Number.isSafeInteger(value.unitPrice) &&
    Number.isSafeInteger(value.at)
  );
}

/** Saves the cart (or forgets it when it holds nothing, not even removed lines). */
export function saveCart(storage: KeyValueStorage, cart: CartState): void {
  if (cart.ticket.lines.length === 0 && cart.voids.length === 0) storage.removeItem(CART_KEY);
  else {
    const { saleId, ticket, voids, approvals } = cart;
    writeJson(storage, CART_KEY, { saleId, ticket, voids, approvals });
  }
}
