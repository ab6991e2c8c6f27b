import type { TenderInput as ApiTenderInput, CreateSaleBody } from '@kassa/api';
import {
  classifyScan,
  type PricedTicket,
  pluKey,
  priceTicket,
  type QrProvider,
  type RoundingMode,
  type Settlement,
  settle,
  type TenderInput,
  Ticket,
  type TicketLine,
} from '@kassa/core';
import type { Store } from '@kassa/db';
import { HttpError } from '../http/http-error';
import { scaleTemplatesOf } from '../stores/store-view';
import type { RuleBreaches } from './rule-breaches';
import type { SaleProduct } from './sale-products';

/** The rules a sale is priced under: who sells, and what a breach of a business rule does. */
export type SaleRules = {
  /** May sell open-price products at a typed price (`sale.open_price`). */
  readonly mayOpenPrice: boolean;
  readonly breaches: RuleBreaches;
};

/** A sale priced and settled by the server, ready to be recorded. */
export type PricedSale = { readonly priced: PricedTicket; readonly settlement: Settlement };

function ticketLine(
  line: CreateSaleBody['lines'][number],
  index: number,
  product: SaleProduct,
  store: Store,
  rules: SaleRules,
): TicketLine {
  const { breaches } = rules;
  if (!product.active) breaches.report('product_inactive', { productId: product.id, line: index });
  // An open-price product sells at the price the cashier typed (with the permission to).
  if (product.openPrice) {
    if (!rules.mayOpenPrice) breaches.report('open_price_forbidden', { productId: product.id, line: index });
  } else if (line.unitPrice !== product.price) {
    // Noted, the line sells at the price the register showed (it was offline with older prices).
    breaches.report('price_mismatch', {
      productId: product.id,
      expected: product.price,
      got: line.unitPrice,
    });
  }
  let fixedAmount: number | undefined;
  if (line.barcode !== undefined) {
    const scan = classifyScan(line.barcode, scaleTemplatesOf(store));
    if (scan.kind === 'unknown') breaches.report('bad_barcode', { line: index, barcode: line.barcode });
    if (scan.kind === 'scale') {
      if (product.plu === null || pluKey(scan.label.plu) !== pluKey(product.plu)) {
        breaches.report('bad_barcode', { line: index, barcode: line.barcode, productId: product.id });
      }
      if (scan.label.kind === 'price') fixedAmount = scan.label.amount;
      else if (scan.label.quantity !== line.quantity) {
        breaches.report('invalid_quantity', {
          line: index,
          expected: scan.label.quantity,
          got: line.quantity,
        });
      }
    }
  }
  if (line.overridePrice !== undefined && fixedAmount !== undefined) {
    throw new HttpError('validation_failed', undefined, [
      {
        path: `lines.${index}.overridePrice`,
        message: 'a price-labelled line has no unit price to override',
      },
    ]);
  }
  // Pieces are counted whole unless a price label fixed the amount (its quantity is informational).
  if (fixedAmount === undefined && product.unit === 'piece' && line.quantity % 1000 !== 0) {
    throw new HttpError('invalid_quantity', { line: index, got: line.quantity });
  }
  return {
    id: line.id,
    productId: product.id,
    name: product.name,
    sku: product.sku,
    unit: product.unit,
    unitPrice: line.overridePrice ?? line.unitPrice,
    quantity: line.quantity,
    ratePpm: product.ratePpm,
    ...(line.overridePrice === undefined || line.overridePrice === line.unitPrice
      ? {}
      : { listPrice: line.unitPrice }),
    ...(line.barcode === undefined ? {} : { barcode: line.barcode }),
    ...(fixedAmount === undefined ? {} : { fixedAmount }),
    ...(line.discount === undefined ? {} : { discount: line.discount }),
  };
}

/** A QR payment a sale's tender names, as the gateway confirmed it. */
export type PaidQr = { readonly transactionId: string; readonly provider: QrProvider };

function coreTender(tender: ApiTenderInput, qr: ReadonlyMap<string, PaidQr>): TenderInput {
  if (tender.kind === 'cash') return { kind: 'cash', amount: tender.amount };
  if (tender.kind === 'qr') {
    const paid = qr.get(tender.paymentId);
    if (!paid) throw new HttpError('qr_payment_unusable', { paymentId: tender.paymentId });
    return {
      kind: 'qr',
      amount: tender.amount,
      paymentId: tender.paymentId,
      reference: paid.transactionId,
      brand: paid.provider,
    };
  }
  return {
    kind: 'card',
    amount: tender.amount,
    reference: tender.reference,
    ...(tender.brand === undefined ? {} : { brand: tender.brand }),
    ...(tender.last4 === undefined ? {} : { last4: tender.last4 }),
  };
}

/**
 * Prices a posted sale with the store's rules and checks it against what the register showed:
 * every product known and active, each unit price the catalogue price (or typed, for open-price
 * products and a seller allowed to), scale labels consistent
 * with their lines, the total as expected, and the tenders enough (a QR tender only with its
 * payment in `qr`). A broken business rule goes to `rules.breaches` (refused, or noted and the sale
 * priced as the register showed it); malformed input and short tenders always throw HttpError.
 * Pure.
 */
export function priceSale(
  body: CreateSaleBody,
  store: Store,
  products: ReadonlyMap<string, SaleProduct>,
  rules: SaleRules,
  qr: ReadonlyMap<string, PaidQr> = new Map(),
): PricedSale {
  let ticket = Ticket.empty(store.currency);
  for (const [index, line] of body.lines.entries()) {
    const product = products.get(line.productId);
    if (!product) throw new HttpError('product_not_found', { productId: line.productId, line: index });
    // merge: false keeps every posted line (and its id) as its own sale line.
    ticket = Ticket.addLine(ticket, ticketLine(line, index, product, store, rules), { merge: false });
  }
  if (body.discount !== undefined) ticket = Ticket.setTicketDiscount(ticket, body.discount);

  const priced = priceTicket(ticket, {
    tax: { mode: store.taxMode, rounding: store.taxRounding, inclusiveTarget: store.taxInclusiveTarget },
    roundingMode: store.roundingMode as RoundingMode,
  });
  if (priced.total !== body.expectedTotal) {
    rules.breaches.report('total_mismatch', { expected: body.expectedTotal, computed: priced.total });
  }
  const settled = settle(
    priced.total,
    body.tenders.map((tender) => coreTender(tender, qr)),
    {
      increment: store.cashRoundingIncrement,
      mode: store.cashRoundingMode,
    },
  );
  if (!settled.ok) {
    const { code, ...details } = settled.error;
    throw new HttpError(code === 'invalid_amount' ? 'validation_failed' : code, details);
  }
  return { priced, settlement: settled.value };
}
