import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ImportPreview, SalesHistoryReport } from '@kassa/api';
import { describeEachDialect } from '@kassa/db/testing';
import { beforeAll, expect, it } from 'vitest';
import { expectRefused } from '../testing/expect-refused';
import { createFixture, type Fixture } from '../testing/test-fixture';

// The first 400 lines of the real shop's month (test-data/, from /work/shared/data), columns reordered
// and separated by semicolons, as a merchant's own export might have them.
const LINES = readFileSync(
  fileURLToPath(new URL('../../../../test-data/online-retail-2010-12.csv', import.meta.url)),
  'utf8',
)
  .split('\n')
  .slice(0, 401);
const REORDERED = LINES.map((line) => {
  const fields = line.match(/("([^"]|"")*"|[^,]*)(,|$)/g)?.map((f) => f.replace(/,$/, '')) ?? [];
  const [invoice, code, description, quantity, date, price, customer] = fields;
  return [date, invoice, code, quantity, price, customer, description].join(';');
}).join('\r\n');

describeEachDialect('past sales imported through the wizard into a store of their own', (getDb) => {
  let f: Fixture;
  beforeAll(async () => {
    f = await createFixture(getDb());
  });
  const send = (body: object, token = f.tokens.owner) =>
    f.request('POST', '/api/v1/imports/sales-history', {
      token,
      body: {
        content: Buffer.from(REORDERED).toString('base64'),
        storeCode: 'UK1',
        storeName: 'Online Retail UK',
        ...body,
      },
    });

  it('suggests the columns from the export’s names, checks the file, then imports it all', async () => {
    const preview = (await (
      await f.request('POST', '/api/v1/imports/preview', {
        token: f.tokens.owner,
        body: { content: Buffer.from(REORDERED).toString('base64') },
      })
    ).json()) as ImportPreview;
    const mapping = preview.mappings.sales_history ?? {};
    expect(mapping).toEqual({
      invoice: 1,
      sku: 2,
      description: 6,
      quantity: 3,
      date: 0,
      unitPrice: 4,
      customer: 5,
    });

    const dry = (await (await send({ mapping })).json()) as SalesHistoryReport;
    expect(dry).toMatchObject({ dryRun: true, rows: 400, problemCount: 0, storeId: null });
    expect(dry.sales).toBeGreaterThan(10);

    const done = (await (await send({ mapping, dryRun: false })).json()) as SalesHistoryReport;
    expect(done).toMatchObject({
      dryRun: false,
      sales: dry.sales,
      returns: dry.returns,
      products: dry.products,
    });
    const stores = (await (await f.request('GET', '/api/v1/stores', { token: f.tokens.owner })).json()) as {
      items: { id: string; code: string; currency: string }[];
    };
    expect(stores.items.find((s) => s.id === done.storeId)).toMatchObject({ code: 'UK1', currency: 'GBP' });
    await expectRefused(f.ctx.db, {
      name: 'the same store code again',
      send: () => send({ mapping, dryRun: false }),
      status: 409,
      code: 'store_code_taken',
    });
  });

  it('names the line and column it cannot take, and is the owner’s alone', async () => {
    const broken = REORDERED.replace(/\r\n([^;]*);(\d+);([^;]*);(\d+);/, '\r\n$1;$2;$3;many;');
    const mapping = { invoice: 1, sku: 2, description: 6, quantity: 3, date: 0, unitPrice: 4, customer: 5 };
    const dry = (await (
      await f.request('POST', '/api/v1/imports/sales-history', {
        token: f.tokens.owner,
        body: { content: Buffer.from(broken).toString('base64'), mapping, storeCode: 'UK2', storeName: 'x' },
      })
    ).json()) as SalesHistoryReport;
    expect(dry.problems).toEqual([{ line: 2, field: 'quantity', code: 'bad_value', value: 'many' }]);
    await expectRefused(f.ctx.db, {
      name: 'a manager',
      send: () => send({ mapping }, f.tokens.manager),
      status: 403,
      code: 'forbidden',
    });
  });
});
