import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { strToU8, zipSync } from 'fflate';
import iconv from 'iconv-lite';
import { E2E } from './e2e-env';
import { interpolate, zhCN } from './messages';
import { ownerView } from './owner-api';
import { signInWithPassword } from './register-helpers';

const messages = zhCN.import;

/** A run-unique tag: the server keeps its data between tests and between the two projects. */
function runTag(project: string): string {
  return `${project === 'phone' ? 'P' : 'D'}${String(Date.now() % 1_000_000).padStart(6, '0')}`;
}

/** An EAN-13 from 12 digits, its check digit computed (or deliberately wrong). */
function ean13(base: string, wrong = false): string {
  const sum = [...base].reduce((total, digit, i) => total + Number(digit) * (i % 2 === 0 ? 1 : 3), 0);
  const check = (10 - (sum % 10)) % 10;
  return `${base}${wrong ? (check + 1) % 10 : check}`;
}

/** The owner opens 数据迁移: from the sidebar on a desktop, from 商品 on a phone (its tab bar is full). */
async function openImport(page: Page, project: string): Promise<void> {
  await signInWithPassword(page, 'owner', E2E.ownerPassword);
  if (project === 'phone') {
    await page.getByTestId('nav-products').click();
    await page.getByTestId('products-import').click();
  } else {
    await page.getByTestId('nav-import').click();
  }
  await expect(page.getByTestId('import-page')).toBeVisible();
}

async function upload(page: Page, name: string, mimeType: string, buffer: Buffer): Promise<void> {
  await page.getByTestId('import-file').setInputFiles({ name, mimeType, buffer });
  await expect(page.getByTestId('import-preview')).toBeVisible();
}

async function confirmImport(page: Page): Promise<void> {
  await expect(page.getByTestId('import-commit')).toBeEnabled();
  await page.getByTestId('import-commit').click();
  await page.getByTestId('import-confirm-confirm').click();
  await expect(page.getByTestId('import-done')).toBeVisible();
}

/**
 * 数据迁移 (products): a 银豹-style export saved by Excel on Chinese Windows — GBK, semicolons,
 * Chinese column names — is read with its encoding and columns recognised; the check lists each
 * problem row by line, field, cell and reason; the import stays closed until they are skipped and the
 * file checked again; then the good rows go in, and one is found by its barcode.
 */
test('a GBK product file is checked, its problem rows skipped, and the rest imported', async ({
  page,
}, testInfo) => {
  const project = testInfo.project.name;
  const tag = runTag(project);
  const sku = (n: number) => `E2E-${tag}-${n}`;
  const digits = `69${project === 'phone' ? 1 : 0}${tag.slice(1)}`;
  const good = ean13(`${digits}001`);
  const badCheck = ean13(`${digits}002`, true);
  const unknownCategory = `不存在分类${tag}`;
  const file = iconv.encode(
    [
      '商品编码;商品名称;零售价(元);条码;进价;单位;分类;管理库存',
      `${sku(1)};E2E 东方树叶 ${tag};￥5.50;${good};3.20;瓶;;否`,
      `${sku(2)};E2E 冰红茶 ${tag};6.00;${badCheck};3.80;瓶;;否`,
      `${sku(1)};E2E 重复编码;4.00;;;件;;否`,
      `${sku(3)};E2E 五常大米;八十;;;袋;;否`,
      `${sku(4)};E2E 土鸡蛋;29.90;;18;盒;${unknownCategory};否`,
      `${sku(5)};E2E 纸巾 ${tag};2.00;;1.10;包;;否`,
    ].join('\r\n'),
    'gbk',
  );
  await openImport(page, project);

  await test.step('the file is read as GBK with semicolons, its first rows shown', async () => {
    await page.getByTestId('import-kind-products').check();
    await upload(page, 'yinbao-products.csv', 'text/csv', file);
    await expect(page.getByTestId('import-encoding')).toHaveText('GBK / GB18030');
    await expect(page.getByTestId('import-delimiter-semicolon')).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByTestId('import-row-count')).toHaveText('6');
    await expect(page.getByTestId('import-sample')).toContainText(`E2E 东方树叶 ${tag}`);
  });

  await test.step('the columns are suggested from their Chinese names', async () => {
    await page.getByTestId('import-next').click();
    await expect(page.getByTestId('import-map-sku')).toHaveValue('0');
    await expect(page.getByTestId('import-map-name')).toHaveValue('1');
    await expect(page.getByTestId('import-map-price')).toHaveValue('2');
    await expect(page.getByTestId('import-map-barcode')).toHaveValue('3');
    await expect(page.getByTestId('import-map-category')).toHaveValue('6');
    await page.getByTestId('import-map-trackStock').selectOption('7');
    await page.screenshot({ path: `docs/screenshots/${project}-import-mapping.png`, fullPage: true });
  });

  const problem = (line: number) => page.locator(`[data-testid="import-problem"][data-line="${line}"]`);
  const reason = (code: keyof typeof messages.problems, field: keyof typeof messages.fields.products) =>
    interpolate(messages.problems[code], { field: messages.fields.products[field] });
  await test.step('the check names each problem with its line, cell and reason; import stays closed', async () => {
    await page.getByTestId('import-check').click();
    await expect(page.getByTestId('import-summary-text')).toHaveText(
      interpolate(messages.check.summary, { rows: 6, valid: 2, problemRows: 4, skipped: 0 }),
    );
    await expect(page.getByTestId('import-problem')).toHaveCount(4);
    await expect(problem(3)).toContainText(reason('bad_check_digit', 'barcode'));
    await expect(problem(3)).toContainText(badCheck);
    await expect(problem(4)).toContainText(reason('duplicate_in_file', 'sku'));
    await expect(problem(5)).toContainText(reason('bad_money', 'price'));
    await expect(problem(5)).toContainText('八十');
    await expect(problem(6)).toContainText(reason('unknown_category', 'category'));
    await expect(problem(6)).toContainText(unknownCategory);
    await expect(page.getByTestId('import-commit')).toBeDisabled();
    await page.screenshot({ path: `docs/screenshots/${project}-import-check.png`, fullPage: true });
  });

  await test.step('the problem rows are skipped and the file checked again', async () => {
    await page.getByTestId('import-skip-all').click();
    await expect(page.getByTestId('import-stale')).toBeVisible();
    await expect(page.getByTestId('import-commit')).toBeDisabled();
    await page.getByTestId('import-recheck').click();
    await expect(page.getByTestId('import-ok')).toBeVisible();
    await expect(page.getByTestId('import-summary-text')).toHaveText(
      interpolate(messages.check.summary, { rows: 6, valid: 2, problemRows: 0, skipped: 4 }),
    );
    // The skipped rows stay listed, ticked, so one can be taken back in.
    await expect(page.getByTestId('import-problem-skip')).toHaveCount(4);
  });

  await test.step('the good rows are imported, and one is found by its barcode', async () => {
    await confirmImport(page);
    await expect(page.getByTestId('import-done-imported')).toHaveText(
      interpolate(messages.done.imported_other, { count: 2 }),
    );
    await expect(page.getByTestId('import-done-skipped')).toHaveText(
      interpolate(messages.done.skipped_other, { count: 4 }),
    );
    const view = await ownerView();
    const found = await view.api.call('lookupProduct', { query: { code: good, storeId: view.store.id } });
    expect(found.product).toMatchObject({ sku: sku(1), price: 550, cost: 320, trackStock: false });
  });
});

/** A minimal workbook as Excel lays it out, the cells as inline strings. */
function workbook(rows: readonly (readonly string[])[]): Buffer {
  const main = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  const rels = 'http://schemas.openxmlformats.org/package/2006/relationships';
  const doc = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  const xmlText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const sheetData = rows
    .map(
      (cells, r) =>
        `<row r="${r + 1}">${cells
          .map(
            (text, c) =>
              `<c r="${String.fromCharCode(65 + c)}${r + 1}" t="inlineStr"><is><t>${xmlText(text)}</t></is></c>`,
          )
          .join('')}</row>`,
    )
    .join('');
  const files: Record<string, string> = {
    '[Content_Types].xml': `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/></Types>`,
    '_rels/.rels': `<Relationships xmlns="${rels}"><Relationship Id="rId1" Type="${doc}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': `<workbook xmlns="${main}" xmlns:r="${doc}"><sheets><sheet name="供应商" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': `<Relationships xmlns="${rels}"><Relationship Id="rId1" Type="${doc}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
    'xl/worksheets/sheet1.xml': `<worksheet xmlns="${main}"><sheetData>${sheetData}</sheetData></worksheet>`,
  };
  return Buffer.from(zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strToU8(v)]))));
}

/** 数据迁移 (suppliers): an XLSX of suppliers is read, checked without a problem and imported. */
test('an XLSX of suppliers is imported cleanly', async ({ page }, testInfo) => {
  const project = testInfo.project.name;
  const tag = runTag(project);
  const names = [`E2E 农夫山泉 ${tag}`, `E2E 统一企业 ${tag}`];
  const file = workbook([
    ['供应商', '联系人', '电话', '邮箱'],
    [names[0] ?? '', '张三', '13800138000', ''],
    [names[1] ?? '', '李四', '021-12345678', 'li@example.com'],
  ]);
  await openImport(page, project);
  await page.getByTestId('import-kind-suppliers').check();
  await upload(
    page,
    '供应商.xlsx',
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    file,
  );
  await expect(page.getByTestId('import-format')).toHaveText('XLSX');
  await expect(page.getByTestId('import-row-count')).toHaveText('2');
  await page.getByTestId('import-next').click();
  await expect(page.getByTestId('import-map-name')).toHaveValue('0');
  await page.getByTestId('import-check').click();
  await expect(page.getByTestId('import-ok')).toBeVisible();
  await expect(page.getByTestId('import-problem')).toHaveCount(0);
  await confirmImport(page);
  await expect(page.getByTestId('import-done-imported')).toHaveText(
    interpolate(messages.done.imported_other, { count: 2 }),
  );
  const view = await ownerView();
  const found = await view.api.call('listSuppliers', { query: { q: tag } });
  expect(found.items.map((s) => s.name).sort()).toEqual([...names].sort());
});

/**
 * 历史销售: the owner imports the first lines of a real shop's month (the UCI "Online Retail"
 * export) into a new store with its own code; the counts the check promised are the ones imported.
 */
test('past sales are imported into a new store', async ({ page }, testInfo) => {
  const project = testInfo.project.name;
  // After the demo store (S01) in code order, so other stories still find the demo store first.
  const code = `Z${runTag(project)}`;
  const name = `E2E 历史 ${code}`;
  const text = readFileSync('test-data/online-retail-2010-12.csv', 'utf8')
    .split('\n')
    .slice(0, 61)
    .join('\n');
  const content = Buffer.from(text, 'utf8');
  const view = await ownerView();
  const preview = await view.api.call('previewImport', { body: { content: content.toString('base64') } });
  const expected = await view.api.call('importSalesHistory', {
    body: {
      content: content.toString('base64'),
      mapping: preview.mappings.sales_history ?? {},
      storeCode: code,
      storeName: name,
      dryRun: true,
    },
  });
  expect(expected.problemCount).toBe(0);

  await openImport(page, project);
  await page.getByTestId('import-kind-sales_history').check();
  await page.getByTestId('import-new-store-code').fill(code);
  await page.getByTestId('import-new-store-name').fill(name);
  await upload(page, 'online-retail-2010-12.csv', 'text/csv', content);
  await expect(page.getByTestId('import-row-count')).toHaveText('60');
  await page.getByTestId('import-next').click();
  await expect(page.getByTestId('import-map-invoice')).toHaveValue('0');
  await expect(page.getByTestId('import-map-customer')).toHaveValue('6');
  await page.getByTestId('import-check').click();
  await expect(page.getByTestId('import-summary-text')).toHaveText(
    interpolate(messages.check.salesSummary, {
      rows: 60,
      sales: expected.sales,
      returns: expected.returns,
      products: expected.products,
      adjustments: expected.stockAdjustments,
    }),
  );
  await confirmImport(page);
  await expect(page.getByTestId('import-done-store')).toHaveText(
    interpolate(messages.done.store, { name, code }),
  );
  await expect(page.getByTestId('import-done-sales')).toHaveText(
    interpolate(expected.sales === 1 ? messages.done.sales_one : messages.done.sales_other, {
      count: expected.sales,
    }),
  );
  await page.screenshot({ path: `docs/screenshots/${project}-import-sales-history.png`, fullPage: true });
  const stores = await view.api.call('listStores');
  expect(stores.items.find((s) => s.code === code)).toMatchObject({ name });
});
