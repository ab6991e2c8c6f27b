import type { CreateSaleBody, Permission } from '@kassa/api';
import { discountLimitOf } from '@kassa/api';
import { uuidV7 } from '@kassa/core';
import { createStockRepository, type Register, type Store } from '@kassa/db';
import { updateProduct } from '../catalog/change-product';
import type { KassaContext } from '../kassa-context';
import { completeSale, type SaleActor } from '../sales/complete-sale';
import { type ReturnActor, returnWithoutReceipt } from '../sales/return-without-receipt';
import type { SaleSettingReader } from '../sales/sale-setting-cache';
import type { CatalogProduct } from './import-catalog';
import type { RetailInvoice, RetailLine, RetailStockAdjustment } from './online-retail';

/** Who imports (an owner, who sees every store), where to, and the catalogue the lines name. */
export type ImportSession = {
  /** The import's transaction, on the clock of the import itself. */
  readonly ctx: KassaContext;
  readonly store: Store;
  readonly register: Register;
  readonly owner: {
    readonly staffId: string;
    readonly displayName: string;
    readonly roleId: string;
    readonly permissions: ReadonlySet<Permission>;
  };
  readonly products: ReadonlyMap<string, CatalogProduct>;
  /** The register and store as sales read them: nothing changes them during an import. */
  readonly readSetting: SaleSettingReader;
};

/** A fact happened at `at` (epoch ms) on the register's shift `shiftId`. */
export type FactOnShift = { readonly at: number; readonly shiftId: string };

function productOf(session: ImportSession, sku: string): CatalogProduct {
  const product = session.products.get(sku);
  if (!product) throw new Error(`the import's catalogue has no product ${sku}`);
  return product;
}

/** The context of a fact: the import's transaction with the clock at the fact, as it happened. */
function at(session: ImportSession, instant: number): KassaContext {
  return { ...session.ctx, clock: () => instant };
}

/**
 * Records an invoice as the sale it was, through the path of a register's outbox (a fact: a broken
 * business rule becomes an alert, never a refusal): each line at its product's catalogue price,
 * or with the price charged as a price override (改价) when it differs; open-price products at the
 * price typed. Paid by card, the invoice number as the reference; an invoice of free goods only
 * has no tender. Its receipt number keeps the invoice number. Answers the kinds of the alerts raised.
 */
export async function recordRetailSale(
  session: ImportSession,
  invoice: RetailInvoice,
  place: FactOnShift,
): Promise<readonly string[]> {
  const id = () => uuidV7(place.at, session.ctx.random(10));
  let total = 0;
  const lines = invoice.lines.map((line) => {
    const product = productOf(session, line.sku);
    // Exact: pieces are whole, so the line amount is price × pieces with nothing to round.
    total += line.unitPrice * line.pieces;
    const listed = product.openPrice || line.unitPrice === product.price;
    return {
      id: id(),
      productId: product.id,
      quantity: line.pieces * 1000,
      unitPrice: product.openPrice ? line.unitPrice : product.price,
      ...(listed ? {} : { overridePrice: line.unitPrice }),
    };
  });
  // QUIRK(historical-sale): outside what the API takes from a register (instants from 2020, at most
  // 500 lines, a tender of at least 0.01): 2010 invoices of up to 675 lines, and free-goods invoices.
  const body: CreateSaleBody = {
    id: id(),
    registerId: session.register.id,
    shiftId: place.shiftId,
    receiptSeq: Number(invoice.invoiceNo),
    createdAt: place.at,
    lines,
    tenders: total > 0 ? [{ kind: 'card', amount: total, reference: invoice.invoiceNo }] : [],
    expectedTotal: total,
  };
  const { owner } = session;
  const seller: SaleActor = {
    staffId: owner.staffId,
    displayName: owner.displayName,
    storeIds: null,
    registerId: null,
    discountLimitBp: discountLimitOf(owner.roleId),
    mayOpenPrice: owner.permissions.has('sale.open_price'),
  };
  const { alerts } = await completeSale(at(session, place.at), body, seller, {
    fact: true,
    readSetting: session.readSetting,
  });
  return alerts;
}

/**
 * Records a cancellation as returns without a receipt (无小票退货) on its date: the file does not
 * say which invoice it cancels. Goods go back into stock; the money goes back to the card, the
 * cancellation number as the reference. Answers how many returns it took.
 *
 * QUIRK(return-price): a return without a receipt gives back today's catalogue price, and there is
 * no way to say otherwise; the file's cancellations give back what was charged then. So for the
 * moment of the return the product's catalogue price is set to the cancelled price, and put back
 * right after (both audited as `product.updated`). A product cancelled at two prices at once takes
 * one return per price.
 */
export async function recordRetailReturns(
  session: ImportSession,
  cancellation: RetailInvoice,
  place: FactOnShift,
): Promise<number> {
  const { owner } = session;
  const actor: ReturnActor = {
    staffId: owner.staffId,
    storeIds: null,
    registerId: null,
    permissions: owner.permissions,
  };
  const passes = returnPasses(cancellation.lines);
  for (const pass of passes) {
    const moved = new Map<CatalogProduct, number>();
    for (const line of pass) {
      const product = productOf(session, line.sku);
      if (product.price === line.unitPrice) continue;
      if (!moved.has(product)) moved.set(product, product.price);
      await setPrice(session, product, line.unitPrice);
    }
    await returnWithoutReceipt(at(session, place.at), actor, {
      id: uuidV7(place.at, session.ctx.random(10)),
      registerId: session.register.id,
      shiftId: place.shiftId,
      at: place.at,
      lines: pass.map((line) => ({
        productId: productOf(session, line.sku).id,
        quantity: line.pieces * 1000,
      })),
      reason: `Cancelled invoice ${cancellation.invoiceNo}`,
      reference: cancellation.invoiceNo,
    });
    for (const [product, price] of moved) await setPrice(session, product, price);
  }
  return passes.length;
}

/** The lines in as few groups as possible in which each product has one price, in the file's order. */
function returnPasses(lines: readonly RetailLine[]): RetailLine[][] {
  const passes: { prices: Map<string, number>; lines: RetailLine[] }[] = [];
  for (const line of lines) {
    let pass = passes.find((p) => (p.prices.get(line.sku) ?? line.unitPrice) === line.unitPrice);
    if (!pass) {
      pass = { prices: new Map(), lines: [] };
      passes.push(pass);
    }
    pass.prices.set(line.sku, line.unitPrice);
    pass.lines.push(line);
  }
  return passes.map((pass) => pass.lines);
}

async function setPrice(session: ImportSession, product: CatalogProduct, price: number): Promise<void> {
  await updateProduct(session.ctx, product.id, { price }, session.owner.staffId);
  product.price = price;
}

/**
 * Books a stock adjustment of the file (a write-off or correction, no sale) in the stock ledger
 * at its moment, as the demo books its opening stock: a movement of reason
 * `adjustment` with no cost. Its note has no field to go to and is left out.
 */
export async function recordStockAdjustment(
  session: ImportSession,
  adjustment: RetailStockAdjustment,
  place: Pick<FactOnShift, 'at'>,
): Promise<void> {
  await createStockRepository(session.ctx.db).applyMovement({
    id: uuidV7(place.at, session.ctx.random(10)),
    storeId: session.store.id,
    locationId: session.store.salesFloorId,
    productId: productOf(session, adjustment.sku).id,
    quantity: adjustment.pieces * 1000,
    reason: 'adjustment',
    refId: null,
    unitCost: null,
    createdAt: place.at,
    staffId: session.owner.staffId,
  });
}
