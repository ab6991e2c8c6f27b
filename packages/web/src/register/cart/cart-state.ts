import type { VoidedLineInput } from '@kassa/api';
import { type Discount, Ticket, type TicketLine, validateQuantity } from '@kassa/core';
import { isSteppable } from './ticket-line';

/**
 * The sale being rung up. `saleId` is the UUIDv7 made when the first line goes on (the moment the
 * sale starts); it is the idempotency key of the sale all the way to the server.
 */
export type CartState = {
  readonly saleId: string | null;
  readonly ticket: Ticket;
  /** The line +/−, Delete and the line editor act on: the last one touched. */
  readonly selectedLineId: string | null;
  /** Lines removed before payment (作废): they go to the server with the sale or the ticket void. */
  readonly voids: readonly VoidedLineInput[];
  /** Managers' approvals of discounts beyond the cashier's limit: by line id, or `ticket`. */
  readonly approvals: Readonly<Record<string, ApprovalRef>>;
};

/** A manager's approval of one discount, up to `basisPoints`. */
export type ApprovalRef = { readonly id: string; readonly basisPoints: number };

export type CartAction =
  /** `saleId` is used only when this line starts a new sale. */
  | { readonly type: 'add'; readonly line: TicketLine; readonly saleId: string }
  /** `at` is when the line was removed (the reducer never reads the clock). */
  | { readonly type: 'remove'; readonly lineId: string; readonly at: number }
  | { readonly type: 'setQuantity'; readonly lineId: string; readonly quantity: number }
  | { readonly type: 'step'; readonly lineId: string; readonly delta: 1 | -1 }
  /** 改价: charge `unitPrice` instead of the catalogue price (the same price again undoes it). */
  | { readonly type: 'overridePrice'; readonly lineId: string; readonly unitPrice: number }
  /** A changed discount drops its approval: the new one may need another. */
  | { readonly type: 'setLineDiscount'; readonly lineId: string; readonly discount: Discount | undefined }
  | { readonly type: 'setTicketDiscount'; readonly discount: Discount | undefined }
  /** A manager approved the discount of a line (its id) or of the sale (`ticket`). */
  | { readonly type: 'approve'; readonly key: string; readonly approval: ApprovalRef }
  /** The server refused the approvals (expired, used): the register asks again before paying. */
  | { readonly type: 'dropApprovals' }
  | { readonly type: 'select'; readonly lineId: string | null }
  /** A new sale: after a completed sale, or when the cashier voids the cart. */
  | { readonly type: 'clear' }
  /** A parked ticket comes back onto the register, with its id and removed lines. */
  | {
      readonly type: 'restore';
      readonly saleId: string;
      readonly ticket: Ticket;
      readonly voids: readonly VoidedLineInput[];
    }
  /** The server refused this id for another sale: keep the cart under a fresh id. */
  | { readonly type: 'renewSaleId'; readonly saleId: string }
  /** The catalogue was (re)loaded: lines take its current price and tax rate. */
  | { readonly type: 'reprice'; readonly current: (productId: string) => CurrentPrice | undefined };

/** The key of the sale discount's approval in {@link CartState.approvals}. */
export const TICKET_APPROVAL = 'ticket';

/** `approvals` without the one of `key`. */
function withoutApproval(
  approvals: Readonly<Record<string, ApprovalRef>>,
  key: string,
): Readonly<Record<string, ApprovalRef>> {
  if (!Object.hasOwn(approvals, key)) return approvals;
  const { [key]: _dropped, ...rest } = approvals;
  return rest;
}

/** What the catalogue says a product costs now. */
export type CurrentPrice = { readonly unitPrice: number; readonly ratePpm: number };

/** An empty cart in `currency`. */
export function emptyCart(currency: string): CartState {
  return { saleId: null, ticket: Ticket.empty(currency), selectedLineId: null, voids: [], approvals: {} };
}

function hasLine(state: CartState, lineId: string): boolean {
  return state.ticket.lines.some((l) => l.id === lineId);
}

/** The line that received an added line: itself, or the line a repeat scan merged into. */
function landedOn(ticket: Ticket, line: TicketLine): string | null {
  if (ticket.lines.some((l) => l.id === line.id)) return line.id;
  const merged = ticket.lines.find(
    (l) => l.productId === line.productId && l.unitPrice === line.unitPrice && isSteppable(l) && !l.discount,
  );
  return merged?.id ?? null;
}

/**
 * The cart reducer: every change goes through the core `Ticket` operations (which merge repeat
 * scans of a piece product into one line). Actions on a line that is gone are ignored, and invalid
 * quantities leave the cart unchanged: the UI validates first and shows why.
 */
export function cartReducer(state: CartState, action: CartAction): CartState {
  switch (action.type) {
    case 'add': {
      const ticket = Ticket.addLine(state.ticket, action.line);
      return {
        ...state,
        saleId: state.saleId ?? action.saleId,
        ticket,
        selectedLineId: landedOn(ticket, action.line),
      };
    }
    case 'remove': {
      const line = state.ticket.lines.find((l) => l.id === action.lineId);
      if (!line) return state;
      const ticket = Ticket.removeLine(state.ticket, action.lineId);
      const { productId, quantity, unitPrice } = line;
      // The ticket (and its id) lives on while it has lines or removed ones: the next sale or a
      // ticket void takes the removed lines to the server.
      return {
        ...state,
        ticket,
        selectedLineId: ticket.lines.at(-1)?.id ?? null,
        voids: [...state.voids, { lineId: line.id, productId, quantity, unitPrice, at: action.at }],
        approvals: withoutApproval(state.approvals, line.id),
      };
    }
    case 'setQuantity': {
      const line = state.ticket.lines.find((l) => l.id === action.lineId);
      if (!line || !validateQuantity(action.quantity, line.unit).ok) return state;
      return {
        ...state,
        ticket: Ticket.changeQuantity(state.ticket, line.id, action.quantity),
        selectedLineId: line.id,
      };
    }
    case 'step': {
      const line = state.ticket.lines.find((l) => l.id === action.lineId);
      if (!line || !isSteppable(line)) return state;
      const quantity = line.quantity + action.delta * 1000;
      if (quantity < 1000) return { ...state, selectedLineId: line.id };
      return cartReducer(state, { type: 'setQuantity', lineId: line.id, quantity });
    }
    case 'overridePrice': {
      const line = state.ticket.lines.find((l) => l.id === action.lineId);
      if (!line || line.fixedAmount !== undefined || line.unitPrice === action.unitPrice) return state;
      if (!Number.isSafeInteger(action.unitPrice) || action.unitPrice < 0) return state;
      return {
        ...state,
        ticket: Ticket.overridePrice(state.ticket, line.id, action.unitPrice),
        selectedLineId: line.id,
        approvals: withoutApproval(state.approvals, line.id),
      };
    }
    case 'setLineDiscount':
      if (!hasLine(state, action.lineId)) return state;
      return {
        ...state,
        ticket: Ticket.setLineDiscount(state.ticket, action.lineId, action.discount),
        selectedLineId: action.lineId,
        approvals: withoutApproval(state.approvals, action.lineId),
      };
    case 'setTicketDiscount':
      return {
        ...state,
        ticket: Ticket.setTicketDiscount(state.ticket, action.discount),
        approvals: withoutApproval(state.approvals, TICKET_APPROVAL),
      };
    case 'approve':
      if (action.key !== TICKET_APPROVAL && !hasLine(state, action.key)) return state;
      return { ...state, approvals: { ...state.approvals, [action.key]: action.approval } };
    case 'dropApprovals':
      return Object.keys(state.approvals).length === 0 ? state : { ...state, approvals: {} };
    case 'select':
      return action.lineId === null || hasLine(state, action.lineId)
        ? { ...state, selectedLineId: action.lineId }
        : state;
    case 'clear':
      return emptyCart(state.ticket.currency);
    case 'restore':
      // Approvals stay with the register that got them: a resumed ticket asks again if it must.
      return {
        saleId: action.saleId,
        ticket: action.ticket,
        selectedLineId: action.ticket.lines.at(-1)?.id ?? null,
        voids: action.voids,
        approvals: {},
      };
    case 'renewSaleId':
      return { ...state, saleId: action.saleId };
    case 'reprice': {
      let changed = false;
      const lines = state.ticket.lines.map((line) => {
        const now = action.current(line.productId);
        // An overridden line keeps the price the cashier set; its catalogue price follows.
        const price = line.listPrice ?? line.unitPrice;
        if (!now || (now.unitPrice === price && now.ratePpm === line.ratePpm)) return line;
        changed = true;
        return line.listPrice === undefined
          ? { ...line, unitPrice: now.unitPrice, ratePpm: now.ratePpm }
          : { ...line, listPrice: now.unitPrice, ratePpm: now.ratePpm };
      });
      // Same state when nothing changed, so a reload without price changes re-renders nothing.
      return changed ? { ...state, ticket: { ...state.ticket, lines } } : state;
    }
  }
}
