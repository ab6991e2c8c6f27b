/**
 * Imports a month of the UCI "Online Retail" export (read by online-retail.ts) into a new store,
 * through the use-cases live facts go through, so every figure the reports show comes from the same
 * code as a live sale's. The decisions, one by one:
 *
 * - **Store**: a new UK store (GBP, Europe/London, VAT-inclusive prices, no cash rounding) with one
 *   register '01'; an import never writes into a store that has a history. All in one transaction:
 *   a failed import leaves nothing behind (other writers wait until it commits).
 * - **Products**: StockCode → SKU (upper-cased: the file writes some codes in lower case for the
 *   same article), the description most lines give → name, the price most sale lines show → price.
 *   Goods: stock-tracked, VAT 20%, category 'Goods'. No cost (the file has none), no barcodes (stock
 *   codes are no GTINs). A SKU already in the catalogue is reused as it is.
 * - **Money codes** (POST, DOT, C2 postage; M manual; D discount; S samples; AMAZONFEE, BANK CHARGES
 *   fees; gift_0001_* vouchers): open-price service products, no stock, each kind its category; fees
 *   and vouchers without VAT. They are imported as the file records them, lines of sales and of
 *   cancellations, so Kassa's figures reconcile with the old system's: D appears only on
 *   cancellations (money given back after the sale); the fees are charges to the shop booked as
 *   sales and cancellations by the old system, which a full migration may want to map elsewhere.
 * - **Sales**: each invoice is one sale at its InvoiceDate (local shop time), recorded as a fact
 *   from the register's outbox (`completeSale` with `fact`, as a sync push does): lines at the
 *   catalogue price or with a price override to the price charged, paid by card (the invoice
 *   number as reference), the invoice number kept as the receipt number. Zero-priced lines are sold
 *   at 0; an invoice of free goods only is a sale with no tender.
 * - **Cancellations** (C…): returns without a receipt on their date, the money back to the card
 *   (see `recordRetailReturns` for the price they give back).
 * - **Stock adjustments** (negative lines at price 0 outside cancellations): stock movements of
 *   reason `adjustment`, never sales. There is no opening stock in the file: goods go negative, and
 *   each first time raises a `negative_stock` alert, as a live sale would.
 * - **Shifts**: one shift per business day on register '01', opened with an empty drawer at the
 *   day's first fact, closed a minute after its last with an empty count (no cash moves), and the
 *   day's Z report taken: the day is closed as a shop closes it.
 * - **Customers**: Kassa has no customers yet and no field of a sale fits a CustomerID: left out.
 */
import type { Permission } from '@kassa/api';
import { businessDate, err, ok, type Result, uuidV7 } from '@kassa/core';
import { createStaffRepository } from '@kassa/db';
import { type KassaContext, transact } from '../kassa-context';
import { cachedSaleSettingReader } from '../sales/sale-setting-cache';
import { openShift } from '../shifts/open-shift';
import { closeShift } from '../shifts/shift-reports';
import { takeZReport } from '../shifts/z-reports';
import { importRetailCatalog } from './import-catalog';
import { createImportStore } from './import-store';
import { localInstant } from './local-instant';
import type { RetailInvoice, RetailMonth, RetailStockAdjustment } from './online-retail';
import {
  type ImportSession,
  recordRetailReturns,
  recordRetailSale,
  recordStockAdjustment,
} from './retail-facts';

/** What an import did. */
export type OnlineRetailImport = {
  readonly storeId: string;
  readonly productsCreated: number;
  readonly sales: number;
  /** Returns without a receipt: one per cancellation, two where a product was given back at two prices. */
  readonly returns: number;
  readonly stockAdjustments: number;
  readonly days: number;
  /** The alerts the sales raised, by kind. */
  readonly alerts: Readonly<Record<string, number>>;
};

/** Why an import was refused, before it wrote anything. */
export type OnlineRetailImportError =
  | { readonly code: 'store_code_taken'; readonly storeCode: string }
  | { readonly code: 'owner_required'; readonly staffId: string };

export type OnlineRetailImportOptions = {
  /** The code of the store to create; it must be free. */
  readonly storeCode: string;
  readonly storeName: string;
  /** The owner doing the import: the facts are theirs. */
  readonly staffId: string;
};

const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;

type Fact =
  | { readonly kind: 'sale' | 'return'; readonly at: number; readonly invoice: RetailInvoice }
  | { readonly kind: 'adjustment'; readonly at: number; readonly adjustment: RetailStockAdjustment };

/** Imports `month` into a new store (see the decisions above), all or nothing. */
export async function importOnlineRetail(
  ctx: KassaContext,
  month: RetailMonth,
  options: OnlineRetailImportOptions,
): Promise<Result<OnlineRetailImport, OnlineRetailImportError>> {
  return transact(ctx, async (tx) => {
    const staffRepository = createStaffRepository(tx.db);
    const staff = await staffRepository.get(options.staffId);
    if (staff?.roleId !== 'owner') return err({ code: 'owner_required', staffId: options.staffId });
    const permissions = new Set((await staffRepository.listPermissions(staff.roleId)) as Permission[]);
    const place = await createImportStore(tx, {
      code: options.storeCode,
      name: options.storeName,
      staffId: staff.id,
      firstReceiptSeq: month.sales.reduce((first, sale) => Math.min(first, Number(sale.invoiceNo)), Infinity),
    });
    if (!place) return err({ code: 'store_code_taken', storeCode: options.storeCode });
    const catalog = await importRetailCatalog(tx, place, month.products, staff.id);
    const session: ImportSession = {
      ctx: tx,
      store: place.store,
      register: place.register,
      owner: { staffId: staff.id, displayName: staff.displayName, roleId: staff.roleId, permissions },
      products: catalog.products,
      readSetting: cachedSaleSettingReader(DAY_MS),
    };
    const alerts: Record<string, number> = {};
    let returns = 0;
    const days = businessDays(month, place.store);
    for (const facts of days) {
      const shiftId = await openDay(session, facts[0]?.at ?? 0);
      for (const fact of facts) {
        const onShift = { at: fact.at, shiftId };
        if (fact.kind === 'adjustment') await recordStockAdjustment(session, fact.adjustment, onShift);
        else if (fact.kind === 'return') returns += await recordRetailReturns(session, fact.invoice, onShift);
        else {
          for (const kind of await recordRetailSale(session, fact.invoice, onShift)) {
            alerts[kind] = (alerts[kind] ?? 0) + 1;
          }
        }
      }
      await closeDay(session, shiftId, facts.at(-1)?.at ?? 0);
    }
    return ok({
      storeId: place.store.id,
      productsCreated: catalog.created,
      sales: month.sales.length,
      returns,
      stockAdjustments: month.adjustments.length,
      days: days.length,
      alerts,
    });
  });
}

/** Every fact of the month at its instant, in time order (then invoice number), by business day. */
function businessDays(month: RetailMonth, store: ImportSession['store']): Fact[][] {
  const instant = (local: string) => localInstant(local, store.timeZone);
  const facts: (Fact & { invoiceNo: string })[] = [
    ...month.sales.map((invoice) => ({
      kind: 'sale' as const,
      at: instant(invoice.at),
      invoice,
      invoiceNo: invoice.invoiceNo,
    })),
    ...month.cancellations.map((invoice) => ({
      kind: 'return' as const,
      at: instant(invoice.at),
      invoice,
      invoiceNo: invoice.invoiceNo,
    })),
    ...month.adjustments.map((adjustment) => ({
      kind: 'adjustment' as const,
      at: instant(adjustment.at),
      adjustment,
      invoiceNo: adjustment.invoiceNo,
    })),
  ];
  // Invoice numbers grow with time; within a minute a cancellation (C…) follows the sales.
  const number = (invoiceNo: string) => Number(invoiceNo.replace(/^C/, ''));
  facts.sort(
    (a, b) =>
      a.at - b.at || number(a.invoiceNo) - number(b.invoiceNo) || a.invoiceNo.localeCompare(b.invoiceNo),
  );
  const days = new Map<string, Fact[]>();
  for (const fact of facts) {
    const date = businessDate(fact.at, store.timeZone, store.businessDayCutoverMinutes);
    const day = days.get(date);
    if (day) day.push(fact);
    else days.set(date, [fact]);
  }
  return [...days.values()];
}

const shiftActor = (session: ImportSession) => ({
  staffId: session.owner.staffId,
  storeIds: null,
  registerId: null,
});

/** Opens the day's shift at its first fact, with an empty drawer. */
async function openDay(session: ImportSession, openedAt: number): Promise<string> {
  const { shift } = await openShift({ ...session.ctx, clock: () => openedAt }, shiftActor(session), {
    id: uuidV7(openedAt, session.ctx.random(10)),
    registerId: session.register.id,
    openedAt,
    openingCount: [],
  });
  return shift.id;
}

/** Closes the day's shift a minute after its last fact with an empty drawer, and takes the Z report. */
async function closeDay(session: ImportSession, shiftId: string, lastAt: number): Promise<void> {
  const closedAt = lastAt + MINUTE_MS;
  await closeShift({ ...session.ctx, clock: () => closedAt }, shiftActor(session), shiftId, {
    closedAt,
    count: [],
  });
  const takenAt = closedAt + MINUTE_MS;
  await takeZReport({ ...session.ctx, clock: () => takenAt }, shiftActor(session), {
    id: uuidV7(takenAt, session.ctx.random(10)),
    registerId: session.register.id,
    takenAt,
  });
}
