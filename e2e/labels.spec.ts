import { randomBytes } from 'node:crypto';
import { uuidV7 } from '@kassa/core';
import { expect, type Page, type Response, test } from '@playwright/test';
import { E2E } from './e2e-env';
import { interpolate, zhCN } from './messages';
import { ownerView, pieceProduct } from './owner-api';
import { isPhone, signInWithPassword } from './register-helpers';

const messages = zhCN.labels;

/** The answer to the next labels PDF request. */
function labelsAnswer(page: Page): Promise<Response> {
  return page.waitForResponse(
    (response) =>
      response.request().method() === 'POST' && /\/api\/v1\/stores\/[^/]+\/labels$/.test(response.url()),
  );
}

/** Checks a labels answer is a PDF and returns what was asked for. */
async function expectPdf(answer: Response): Promise<unknown> {
  expect(answer.status()).toBe(200);
  expect(answer.headers()['content-type']).toBe('application/pdf');
  expect((await answer.body()).subarray(0, 5).toString()).toBe('%PDF-');
  return answer.request().postDataJSON();
}

/**
 * 打印价签: two products are ticked on the products page (found by SKU, the ticks kept across
 * searches), printed as shelf labels on A4 3 × 8 sheets, two copies each; the PDF is asked for,
 * opened and offered to download. Then the same goods as barcode stickers on a label printer's roll.
 */
test('ticked products are printed as shelf labels on A4 and as stickers on a roll', async ({
  page,
}, testInfo) => {
  const view = await ownerView();
  const first = isPhone(testInfo) ? 134 : 132;
  const products = [pieceProduct(view.catalog, first), pieceProduct(view.catalog, first + 1)];
  await signInWithPassword(page, 'owner', E2E.ownerPassword, '/backoffice/products');
  await expect(page.getByTestId('products-page')).toBeVisible();

  await test.step('two products are ticked, each found by its SKU', async () => {
    for (const product of products) {
      await page.getByTestId('products-search').fill(product.sku);
      const row = page.getByTestId('product-row').and(page.locator(`[data-sku="${product.sku}"]`));
      await row.getByTestId('product-row-select').check();
    }
    await expect(page.getByTestId('products-selected')).toContainText(
      interpolate(messages.selected, { count: 2 }),
    );
  });

  const dialog = page.getByTestId('labels-dialog');
  await test.step('shelf labels on A4 3 × 8, two copies each, made into a PDF and offered', async () => {
    await page.getByTestId('products-labels').click();
    await expect(dialog.getByTestId('label-item')).toHaveCount(2);
    for (const copies of await dialog.getByTestId('label-item-copies').all()) await copies.fill('2');
    await expect(dialog.getByTestId('labels-kind-shelf')).toHaveAttribute('aria-pressed', 'true');
    await dialog.getByTestId('labels-layout').selectOption('a4-3x8');
    await expect(dialog.getByTestId('labels-total')).toHaveText(
      interpolate(messages.totalSheets, { labels: 4, sheets: 1 }),
    );
    const answer = labelsAnswer(page);
    await dialog.getByTestId('labels-generate').click();
    expect(await expectPdf(await answer)).toEqual({
      kind: 'shelf',
      layout: 'a4-3x8',
      skip: 0,
      lang: 'zh-CN',
      items: products.map((p) => ({ productId: p.id, copies: 2 })),
    });
    await expect(dialog.getByTestId('labels-ready')).toBeVisible();
    await expect(dialog.getByTestId('labels-open')).toHaveAttribute('href', /^blob:/);
    const download = page.waitForEvent('download');
    await dialog.getByTestId('labels-download').click();
    expect((await download).suggestedFilename()).toBe(`${messages.fileName}-a4-3x8.pdf`);
    if (isPhone(testInfo)) await page.screenshot({ path: 'docs/screenshots/phone-labels.png' });
  });

  await test.step('the same goods as barcode stickers on a 40 × 30 mm roll', async () => {
    await dialog.getByTestId('labels-kind-sticker').click();
    await dialog.getByTestId('labels-layout').selectOption('roll-40x30');
    await expect(dialog.getByTestId('labels-skip')).toHaveCount(0);
    await expect(dialog.getByTestId('labels-total')).toHaveText(
      interpolate(messages.totalRoll, { labels: 4 }),
    );
    const answer = labelsAnswer(page);
    await dialog.getByTestId('labels-generate').click();
    expect(await expectPdf(await answer)).toMatchObject({ kind: 'sticker', layout: 'roll-40x30', skip: 0 });
    await expect(dialog.getByTestId('labels-download')).toHaveAttribute(
      'download',
      `${messages.fileName}-roll-40x30.pdf`,
    );
  });
});

/**
 * What just came in is labelled from its purchase order: the order's goods, a label for each piece
 * received, on A4 sheets after the labels already used.
 */
test('a received purchase order prints a label for each piece that came', async ({ page }, testInfo) => {
  const view = await ownerView();
  const product = pieceProduct(view.catalog, isPhone(testInfo) ? 137 : 136);
  const supplier = await view.api.call('createSupplier', {
    body: { name: `E2E 价签供应商 ${testInfo.project.name} ${Date.now() % 100_000}` },
  });
  const [floor] = (await view.api.call('listStockLocations', { params: { storeId: view.store.id } })).items;
  if (!floor) throw new Error('the demo store has no stock location');
  const id = () => uuidV7(Date.now(), new Uint8Array(randomBytes(10)));
  const order = await view.api.call('createPurchaseOrder', {
    params: { storeId: view.store.id },
    body: {
      id: id(),
      supplierId: supplier.id,
      locationId: floor.id,
      lines: [{ productId: product.id, quantity: 12_000, unitCost: 300 }],
    },
  });
  await view.api.call('sendPurchaseOrder', { params: { orderId: order.id } });
  await view.api.call('receiveStock', {
    params: { storeId: view.store.id },
    body: {
      id: id(),
      locationId: floor.id,
      purchaseOrderId: order.id,
      lines: [{ productId: product.id, quantity: 5_000, unitCost: 300 }],
    },
  });

  await signInWithPassword(page, 'owner', E2E.ownerPassword, `/backoffice/stock/orders/${order.id}`);
  await page.getByTestId('order-labels').click();
  const dialog = page.getByTestId('labels-dialog');
  const item = dialog.getByTestId('label-item').and(page.locator(`[data-sku="${product.sku}"]`));
  await expect(item.getByTestId('label-item-copies')).toHaveValue('5');
  await dialog.getByTestId('labels-skip').fill('22');
  await expect(dialog.getByTestId('labels-total')).toHaveText(
    interpolate(messages.totalSheets, { labels: 5, sheets: 2 }),
  );
  const answer = labelsAnswer(page);
  await dialog.getByTestId('labels-generate').click();
  expect(await expectPdf(await answer)).toMatchObject({
    layout: 'a4-3x8',
    skip: 22,
    items: [{ productId: product.id, copies: 5 }],
  });
});
