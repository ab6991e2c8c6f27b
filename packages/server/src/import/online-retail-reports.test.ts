import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { SalesReport } from '@kassa/api';
import { createProductRepository, createSaleRepository } from '@kassa/db';
import { describeEachDialect } from '@kassa/db/testing';
import { beforeAll, expect, it } from 'vitest';
import { verifyStoreJournal } from '../journal/verify-store-journal';
import { keptAndRebuiltRollups } from '../testing/rollups-rebuilt';
import { createFixture, type Fixture } from '../testing/test-fixture';
import { importOnlineRetail, type OnlineRetailImport } from './import-online-retail';
import { readOnlineRetail } from './online-retail';

// A copy of ../shared/data's file kept in the repository (see test-data/README.md).
const CSV_PATH = fileURLToPath(new URL('../../../../test-data/online-retail-2010-12.csv', import.meta.url));

/**
 * The figures of the file, worked out here from its text alone (not with the importer's reader), by
 * these definitions, which are the reports' own:
 *
 * - A line's amount is quantity × unit price, in pence: signed, so a cancellation (C…) counts
 *   against the day it was made (the file cannot say which sale it cancels), and the report counts
 *   a return on its shift's business day, which is its day.
 * - Stock adjustments (a negative quantity outside a cancellation) are no sale: left out. (At price
 *   0 they would add nothing anyway.)
 * - **Net sales** of a day (the report's `netSales`: net + tax − refunded, VAT-inclusive prices) is
 *   the sum of its lines' amounts, every stock code included (postage, fees, discounts, vouchers:
 *   the old system booked them as lines, and the import keeps them as it found them).
 * - **Invoices** of a day (the report's `sales`, completed sales) are the distinct non-cancellation
 *   invoice numbers with a line of positive quantity that day, free-goods invoices included.
 * - A **product** is a stock code compared case-insensitively ('85123a' is '85123A', same article),
 *   with spaces as '-' (the SKU alphabet); its net sales are its lines' amounts over the month.
 */
type Expected = {
  readonly days: Map<string, { netSales: number; sold: number; refunded: number; invoices: Set<string> }>;
  readonly products: Map<string, number>;
  /** Net sales by the hour on the shop's clock, '08' … '20'. */
  readonly hours: Map<string, number>;
};

function expectedFigures(text: string): Expected {
  const days: Expected['days'] = new Map();
  const products = new Map<string, number>();
  const hours = new Map<string, number>();
  const [header, ...lines] = text.split(/\r?\n/).filter((line) => line !== '');
  expect(header).toBe('InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID');
  for (const line of lines) {
    // RFC 4180 fields: quoted (doubled quotes inside) or plain. The file has no line breaks in fields.
    const fields = [...`${line},`.matchAll(/("(?:[^"]|"")*"|[^,]*),/g)].map((match) => match[1] ?? '');
    expect(fields, line).toHaveLength(7);
    const [invoice = '', code = '', , quantityText = '', date = '', priceText = ''] = fields;
    const quantity = Number(quantityText);
    const cancellation = invoice.startsWith('C');
    if (!cancellation && quantity < 0) continue;
    // A float is exact enough here, and independent of the importer's digit-by-digit reading:
    // every price in the file is within a millionth of a penny of a whole number of pence.
    const pence = Number(priceText) * 100;
    expect(Math.abs(pence - Math.round(pence)), priceText).toBeLessThan(1e-6);
    const amount = quantity * Math.round(pence);
    const day = date.slice(0, 10);
    const figures = days.get(day) ?? { netSales: 0, sold: 0, refunded: 0, invoices: new Set<string>() };
    figures.netSales += amount;
    if (cancellation) figures.refunded -= amount;
    else {
      figures.sold += amount;
      figures.invoices.add(invoice);
    }
    days.set(day, figures);
    const sku = code.trim().toUpperCase().replace(/\s+/g, '-');
    products.set(sku, (products.get(sku) ?? 0) + amount);
    const hour = date.slice(11, 13);
    hours.set(hour, (hours.get(hour) ?? 0) + amount);
  }
  return { days, products, hours };
}

describeEachDialect(
  'a real shop’s month imported: reports equal the file (Online Retail, 2010-12)',
  (getDb) => {
    let expected: Expected;
    let f: Fixture;
    let imported: OnlineRetailImport;
    const report = async (by: string) => {
      const answer = await f.request(
        'GET',
        `/api/v1/reports/sales?storeId=${imported.storeId}&from=2010-12-01&to=2010-12-23&by=${by}`,
        { token: f.tokens.owner },
      );
      expect(answer.status, await answer.clone().text()).toBe(200);
      return (await answer.json()) as SalesReport;
    };

    // The import takes about 8 s on SQLite and 35 s on PostgreSQL on a busy 2-core machine (1,629
    // sales, 328 returns, 2,762 products: some 74,000 statements), more than the default hook time
    // allows on a slow runner.
    beforeAll(async () => {
      const text = readFileSync(CSV_PATH, 'utf8');
      expected = expectedFigures(text);
      f = await createFixture(getDb());
      const month = readOnlineRetail(text);
      if (!month.ok) throw new Error(`the file did not read: ${JSON.stringify(month.error)}`);
      const done = await importOnlineRetail(f.ctx, month.value, {
        storeCode: 'UK1',
        storeName: 'Online Retail (UCI)',
        staffId: f.staffIds.owner,
      });
      if (!done.ok) throw new Error(`the import was refused: ${JSON.stringify(done.error)}`);
      imported = done.value;
    }, 300_000);

    it('imports every invoice, cancellation and adjustment of the file, raising no alert but negative stock', () => {
      expect(imported).toMatchObject({
        sales: 1629,
        // 326 cancellations; two of them give a product back at two prices, which takes two returns.
        returns: 328,
        stockAdjustments: 70,
        days: 20,
      });
      // No broken rule (a price, a total, a discount, a receipt number, a shift): only what the file
      // cannot avoid, having no opening stock: the first sale of each article takes it below zero.
      expect(Object.keys(imported.alerts)).toEqual(['negative_stock']);
    });

    it('shows each day’s net sales and number of invoices as the file has them', async () => {
      const byDay = await report('day');
      expect(byDay.currency).toBe('GBP');
      // Every date of the range, trading or not (Saturdays 4, 11 and 18 December have no line).
      expect(byDay.rows).toHaveLength(23);
      const shown = byDay.rows.map((row) => ({
        day: row.key,
        netSales: row.measures.netSales,
        invoices: row.measures.sales,
        sold: row.measures.net + row.measures.tax,
        refunded: row.measures.refunded,
      }));
      const want = byDay.rows.map((row) => {
        const day = expected.days.get(row.key);
        return {
          day: row.key,
          netSales: day?.netSales ?? 0,
          invoices: day?.invoices.size ?? 0,
          sold: day?.sold ?? 0,
          refunded: day?.refunded ?? 0,
        };
      });
      expect(shown).toEqual(want);
      expect(expected.days.size).toBe(20);
      // The month: £823,746.14 sold less £74,789.12 cancelled is £748,957.02 net, over 1,629 invoices.
      expect(byDay.totals.netSales).toBe(
        [...expected.days.values()].reduce((sum, day) => sum + day.netSales, 0),
      );
      expect(byDay.totals).toMatchObject({ netSales: 74_895_702, refunded: 7_478_912, sales: 1629 });
    });

    it('puts the net sales in the hour the shop’s clock showed', async () => {
      const byHour = await report('hour');
      expect(byHour.rows.map((row) => [row.key, row.measures.netSales])).toEqual(
        byHour.rows.map((row) => [row.key, expected.hours.get(row.key) ?? 0]),
      );
    });

    it('ranks the top 10 products by net sales as the file does', async () => {
      const byProduct = await report('product');
      const skus = new Map(
        (await f.ctx.db.selectFrom('products').select(['id', 'sku']).execute()).map((row) => [
          row.id,
          row.sku,
        ]),
      );
      const ranked = [...expected.products].sort((a, b) => b[1] - a[1]);
      // No tie at the cut: the top 10 are the same whatever breaks ties.
      expect(ranked[9]?.[1]).toBeGreaterThan(ranked[10]?.[1] ?? 0);
      expect(byProduct.rows.slice(0, 10).map((row) => [skus.get(row.key), row.measures.netSales])).toEqual(
        ranked.slice(0, 10),
      );
      expect(byProduct.rows).toHaveLength(expected.products.size);
    });

    it('keeps each invoice number as the receipt number, even of a 675-line invoice or free goods', async () => {
      const sales = createSaleRepository(f.ctx.db);
      const byReceipt = async (invoiceNo: string) => {
        const id = await sales.idByReceiptNo(`UK1-01-${invoiceNo}`);
        return id === undefined ? undefined : sales.get(id);
      };
      // QUIRK(historical-sale): beyond what the API takes from a register, as the file has it.
      expect(await byReceipt('537434')).toMatchObject({
        createdAt: Date.UTC(2010, 11, 6, 16, 57),
        businessDate: '2010-12-06',
        lines: expect.toSatisfy((lines: unknown[]) => lines.length === 675),
      });
      expect(await byReceipt('536414')).toMatchObject({ total: 0, tenders: [] });
      // QUIRK(return-price): the prices set for the returns were put back: D (discount) suggests
      // the 13.88 its cancellations show most often (the latest on a tie).
      const discount = await createProductRepository(f.ctx.db).getBySku('D');
      expect(discount).toMatchObject({ price: 1388, openPrice: true, trackStock: false });
    });

    it('keeps the rollups the reports read equal to a rebuild from the recorded facts', async () => {
      const { kept, rebuilt } = await keptAndRebuiltRollups(f.ctx);
      expect(rebuilt).toEqual(kept);
    });

    it('keeps the new store’s journal chain intact', async () => {
      const verified = await verifyStoreJournal(f.ctx.db, imported.storeId);
      expect(verified).toMatchObject({ ok: true, brokenAt: null });
    });
  },
);
