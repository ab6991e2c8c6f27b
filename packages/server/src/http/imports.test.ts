import type { ImportPreview, ImportReport, Product } from '@kassa/api';
import { createStockRepository } from '@kassa/db';
import { describeEachDialect } from '@kassa/db/testing';
import { strToU8, zipSync } from 'fflate';
import iconv from 'iconv-lite';
import { beforeAll, expect, it } from 'vitest';
import { expectRefused } from '../testing/expect-refused';
import { rowCounts } from '../testing/row-counts';
import { createFixture, type Fixture } from '../testing/test-fixture';

const base64 = (bytes: Uint8Array | string) => Buffer.from(bytes).toString('base64');

// A 银豹-style export saved by Excel on Chinese Windows: GBK, semicolons, prices with ￥ (GBK has no ¥).
const PRODUCTS_GBK = iconv.encode(
  [
    '商品编码;商品名称;零售价(元);条码;进价;单位;分类',
    'TEA-01;农夫山泉东方树叶 500ml;￥5.50;6921168593576;3.20;瓶;饮料',
    'TEA-02;康师傅冰红茶 1L;6.00;6901234567891;3.80;瓶;饮料',
    'TEA-01;重复编码;4.00;;;件;',
    'COLA-330;已有编码;3.50;;;件;',
    'RICE-5;五常大米 5kg;八十;;;袋;粮油',
    'EGG-30;土鸡蛋 30枚;29.90;;18;盒;禽蛋',
    '"=HYPERLINK(""x"")";名字像公式;1.00;;;件;',
  ].join('\r\n'),
  'gbk',
);

describeEachDialect('the import wizard (数据迁移): preview, dry run, all or nothing, export', (getDb) => {
  let f: Fixture;
  beforeAll(async () => {
    f = await createFixture(getDb());
  });
  const preview = (content: Uint8Array | string) =>
    f.request('POST', '/api/v1/imports/preview', {
      token: f.tokens.manager,
      body: { content: base64(content) },
    });
  const run = (body: object) =>
    f.request('POST', `/api/v1/stores/${f.store.id}/imports`, { token: f.tokens.manager, body });
  const productMapping = { sku: 0, name: 1, price: 2, barcode: 3, cost: 4, unit: 5, category: 6 };

  it('reads a GBK file with semicolons and suggests each column from its Chinese name', async () => {
    const answer = await preview(PRODUCTS_GBK);
    expect(answer.status).toBe(200);
    const read = (await answer.json()) as ImportPreview;
    expect(read).toMatchObject({ format: 'csv', encoding: 'gb18030', delimiter: ';', rowCount: 7 });
    expect(read.header[1]).toBe('商品名称');
    expect(read.sample[0]).toEqual({
      line: 2,
      fields: ['TEA-01', '农夫山泉东方树叶 500ml', '￥5.50', '6921168593576', '3.20', '瓶', '饮料'],
    });
    expect(read.mappings.products).toMatchObject(productMapping);
  });

  it('reports every problem row on a dry run, refuses to import any of them, and imports the rest when skipped', async () => {
    const before = await rowCounts(f.ctx.db);
    const dry = (await (
      await run({
        entity: 'products',
        content: base64(PRODUCTS_GBK),
        mapping: productMapping,
        createCategories: true,
      })
    ).json()) as ImportReport;
    expect(dry).toMatchObject({ dryRun: true, rows: 7, skipped: 0, valid: 2, imported: 0 });
    expect(dry.problems.map((p) => [p.line, p.field, p.code])).toEqual([
      [3, 'barcode', 'bad_check_digit'],
      [4, 'sku', 'duplicate_in_file'],
      [5, 'sku', 'sku_taken'],
      [6, 'price', 'bad_money'],
      [8, 'sku', 'invalid'],
    ]);
    expect(await rowCounts(f.ctx.db)).toEqual(before);

    await expectRefused(f.ctx.db, {
      name: 'importing with problems left',
      send: () =>
        run({
          entity: 'products',
          content: base64(PRODUCTS_GBK),
          mapping: productMapping,
          dryRun: false,
          createCategories: true,
        }),
      status: 422,
      code: 'import_has_problems',
    });

    const done = (await (
      await run({
        entity: 'products',
        content: base64(PRODUCTS_GBK),
        mapping: productMapping,
        skipLines: [3, 4, 5, 6, 8],
        dryRun: false,
        createCategories: true,
      })
    ).json()) as ImportReport;
    expect(done).toMatchObject({
      dryRun: false,
      skipped: 5,
      valid: 2,
      imported: 2,
      createdCategories: 2,
      problemCount: 0,
    });
    const found = (await (
      await f.request('GET', `/api/v1/products/lookup?code=6921168593576&storeId=${f.store.id}`, {
        token: f.tokens.cashier,
      })
    ).json()) as { product: Product };
    expect(found.product).toMatchObject({ sku: 'TEA-01', price: 550, cost: 320, unit: 'piece' });
  });

  it('imports categories, suppliers and opening stock, which moves the cost by moving average', async () => {
    const categories = (await (
      await run({
        entity: 'categories',
        content: base64('\uFEFF名称,上级分类,排序\n零食,,5\n膨化食品,零食,1\n坚果,不存在,2\n'),
        mapping: { name: 0, parent: 1, sortOrder: 2 },
        skipLines: [4],
        dryRun: false,
      })
    ).json()) as ImportReport;
    expect(categories).toMatchObject({ imported: 2, skipped: 1 });

    const suppliers = (await (
      await run({
        entity: 'suppliers',
        content: base64('供应商,联系人,电话,邮箱\n农夫山泉,张三,13800138000,\n统一企业,,12-ab,\n'),
        mapping: { name: 0, contact: 1, phone: 2, email: 3 },
      })
    ).json()) as ImportReport;
    expect(suppliers.problems.map((p) => [p.line, p.field, p.code])).toEqual([[3, 'phone', 'invalid']]);

    const stock = (await (
      await run({
        entity: 'opening_stock',
        content: base64('商品编码,数量,库位,成本\nTEA-01,24,,3.00\nEGG-30,1.5,,\nNOPE,1,,\nEGG-30,2,后仓,\n'),
        mapping: { product: 0, quantity: 1, location: 2, unitCost: 3 },
      })
    ).json()) as ImportReport;
    expect(stock.problems.map((p) => [p.line, p.code])).toEqual([
      [4, 'unknown_product'],
      [5, 'unknown_location'],
    ]);
    const booked = (await (
      await run({
        entity: 'opening_stock',
        content: base64('商品编码,数量,库位,成本\nTEA-01,24,,3.00\nEGG-30,1.5,,\n'),
        mapping: { product: 0, quantity: 1, location: 2, unitCost: 3 },
        dryRun: false,
      })
    ).json()) as ImportReport;
    expect(booked.imported).toBe(2);
    const tea = (await (
      await f.request('GET', `/api/v1/products/lookup?code=6921168593576&storeId=${f.store.id}`, {
        token: f.tokens.cashier,
      })
    ).json()) as { product: Product };
    // Nothing held at 3.20, 24 received at 3.00: the cost is 3.00.
    expect(tea.product.cost).toBe(300);
    expect(await createStockRepository(f.ctx.db).getOnHand(f.store.salesFloorId, tea.product.id)).toBe(
      24_000,
    );
  });

  it('exports products as CSV the import reads back, formulas escaped', async () => {
    await run({
      entity: 'products',
      content: base64('sku,name,price\nFX-1,"=HYPERLINK(""http://x"")",1.00\n'),
      mapping: { sku: 0, name: 1, price: 2 },
      dryRun: false,
    });
    const answer = await f.request('GET', '/api/v1/exports/products', { token: f.tokens.accountant });
    expect(answer.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const bytes = Buffer.from(await answer.arrayBuffer());
    // A byte-order mark first, or Excel on Chinese Windows reads the UTF-8 as GBK.
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    expect(text.startsWith('\uFEFFsku,name,price,barcode,cost,unit,category,taxRate,trackStock\r\n')).toBe(
      true,
    );
    expect(text).toContain('FX-1,"\'=HYPERLINK(""http://x"")",1.00,,,piece,,');
    expect(text).toContain('TEA-01,农夫山泉东方树叶 500ml,5.50,6921168593576,3.00,piece,饮料,');
    const back = (await (await preview(text)).json()) as ImportPreview;
    expect(back.mappings.products).toMatchObject({
      sku: 0,
      name: 1,
      price: 2,
      barcode: 3,
      cost: 4,
      unit: 5,
      category: 6,
      taxRate: 7,
      trackStock: 8,
    });
  });

  it('reports a NUL character in a cell as a problem, never a failed write', async () => {
    // A CSV with a NUL is no text at all (refused as such); a workbook can spell one as &#0;.
    const main = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
    const cell = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
    const xlsx = zipSync({
      'xl/workbook.xml': strToU8(
        `<workbook xmlns="${main}"><sheets><sheet name="s" sheetId="1"/></sheets></workbook>`,
      ),
      'xl/worksheets/sheet1.xml': strToU8(
        `<worksheet xmlns="${main}"><sheetData><row r="1">${cell('A1', 'name')}</row><row r="2">${cell('A2', '冷饮&#0;')}</row><row r="3">${cell('A3', '文具')}</row></sheetData></worksheet>`,
      ),
    });
    const report = (await (
      await run({ entity: 'categories', content: base64(xlsx), mapping: { name: 0 }, dryRun: true })
    ).json()) as ImportReport;
    expect(report).toMatchObject({
      valid: 1,
      problemCount: 1,
      problems: [{ line: 2, field: 'name', code: 'invalid', value: '冷饮' }],
    });
  });

  it('refuses a file it cannot read and a mapping without a required field', async () => {
    await expectRefused(f.ctx.db, {
      name: 'an empty file',
      send: () => preview('\uFEFF'),
      status: 422,
      code: 'import_file',
    });
    await expectRefused(f.ctx.db, {
      name: 'no column for the price',
      send: () =>
        run({ entity: 'products', content: base64('sku,name\nA,B\n'), mapping: { sku: 0, name: 1 } }),
      status: 400,
      code: 'validation_failed',
      path: 'mapping.price',
    });
    await expectRefused(f.ctx.db, {
      name: 'a column the file does not have',
      send: () =>
        run({
          entity: 'products',
          content: base64('sku,name\nA,B\n'),
          mapping: { sku: 0, name: 1, price: 7 },
        }),
      status: 400,
      code: 'validation_failed',
      path: 'mapping.price',
    });
    await expectRefused(f.ctx.db, {
      name: 'a cashier',
      send: () =>
        f.request('POST', `/api/v1/stores/${f.store.id}/imports`, {
          token: f.tokens.cashier,
          body: { entity: 'products', content: base64('sku\n'), mapping: {} },
        }),
      status: 403,
      code: 'forbidden',
    });
  });
});
