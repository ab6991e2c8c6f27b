import { randomBytes } from 'node:crypto';
import { formatMoney, uuidV7 } from '@kassa/core';
import { expect, type Page, test } from '@playwright/test';
import { E2E } from './e2e-env';
import { interpolate, zhCN } from './messages';
import { onHand, ownerView, pieceProduct } from './owner-api';
import { isPhone, signInWithPassword } from './register-helpers';

const messages = zhCN.purchasing;

/** Scans a code into the goods field of a stock page, as a barcode scanner types it and presses Enter. */
async function scanGoods(page: Page, code: string): Promise<void> {
  await page.getByTestId('goods-search').fill(code);
  await page.getByTestId('goods-search').press('Enter');
}

/** A screenshot for the docs once the toasts of earlier steps are gone. */
async function screenshot(page: Page, name: string): Promise<void> {
  await expect(page.getByTestId('toast')).toHaveCount(0);
  await page.screenshot({ path: `docs/screenshots/${name}.png` });
}

/**
 * 供应商与采购单: the owner adds a supplier and what it sells (cost per piece, in cases of 6), orders
 * two cases from it, sends the order and checks its PDF; the goods come in two deliveries counted by
 * scanning against the order: five first (partly received), then the rest plus one more than was
 * ordered, refused in words until the extra goods are accepted. The order then shows the extra, and
 * is closed. The stock API agrees with what came.
 */
test('a supplier’s goods are ordered in cases, sent, received with an extra, and closed', async ({
  page,
}, testInfo) => {
  const view = await ownerView();
  const project = testInfo.project.name;
  const product = pieceProduct(view.catalog, isPhone(testInfo) ? 95 : 94);
  const money = (amount: number) => formatMoney({ amount, currency: view.store.currency }, 'zh-CN');
  const supplierName = `E2E 供应商 ${project} ${Date.now() % 100_000}`;
  await signInWithPassword(page, 'owner', E2E.ownerPassword);
  await page.getByTestId('nav-stock').click();
  await page.getByTestId('stock-tab-suppliers').click();
  await expect(page.getByTestId('suppliers-page')).toBeVisible();

  await test.step('a supplier is added, then the product it sells at 2.50 a piece in cases of 6', async () => {
    await page.getByTestId('supplier-new').click();
    await page.getByTestId('supplier-name-input').fill(supplierName);
    await page.getByTestId('supplier-contact-input').fill('王经理');
    await page.getByTestId('supplier-phone-input').fill('138 0013 8000');
    await page.getByTestId('supplier-leadTimeDays-input').fill('3');
    await page.getByTestId('supplier-save').click();
    await expect(page.getByTestId('supplier-title')).toHaveText(supplierName);

    await scanGoods(page, product.barcodes[0]);
    await expect(page.getByTestId('supplier-product-form')).toBeVisible();
    await page.getByTestId('supplier-product-sku').fill('HR-0094');
    await page.getByTestId('supplier-product-cost-input').fill('2.50');
    await page.getByTestId('supplier-product-pack-input').fill('6');
    await page.getByTestId('supplier-product-save').click();
    await expect(page.getByTestId('supplier-product').filter({ hasText: product.name })).toContainText(
      interpolate(messages.supplierProducts.terms.piece, { cost: money(250), pack: '6' }),
    );
  });

  let number = '';
  await test.step('two cases are drafted from the supplier’s goods, saved and sent', async () => {
    await page.getByTestId('stock-tab-orders').click();
    await page.getByTestId('order-new').click();
    await page.getByTestId('order-supplier').selectOption({ label: supplierName });
    await page.getByTestId('order-supplier-product').filter({ hasText: product.name }).click();
    const line = page.getByTestId('order-line').filter({ hasText: product.name });
    await line.getByTestId('order-line-packs').fill('0');
    await expect(line).toContainText(zhCN.stock.adjust.quantity.invalid);
    await expect(page.getByTestId('order-save')).toBeDisabled();
    await line.getByTestId('order-line-packs').fill('2');
    await expect(line.getByTestId('order-line-cost')).toHaveValue('2.50');
    await expect(line.getByTestId('order-line-quantity')).toHaveText(
      interpolate(messages.order.units.piece, { quantity: '12' }),
    );
    await expect(page.getByTestId('order-total')).toHaveText(money(3000));
    await page.getByTestId('order-save').click();
    await expect(page.getByTestId('order-number')).toHaveText(/^PO-\d{6}$/);
    number = (await page.getByTestId('order-number').textContent()) ?? '';
    await expect(page.getByTestId('order-status')).toHaveText(messages.status.draft);

    await page.getByTestId('order-send').click();
    await page.getByTestId('send-order-dialog-confirm').click();
    await expect(page.getByTestId('order-status')).toHaveText(messages.status.sent);
    await expect(page.getByTestId('order-total')).toHaveText(money(3000));
  });

  await test.step('the order prints as a PDF, also offered as a download to e-mail', async () => {
    const href = await page.getByTestId('order-pdf').getAttribute('href');
    expect(href).toBeTruthy();
    const pdf = await page.request.get(href ?? '');
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toContain('application/pdf');
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
    await expect(page.getByTestId('order-pdf-download')).toHaveAttribute('download', `${number}.pdf`);
  });

  const held = await onHand(view, product.id);
  const line = page.getByTestId('receive-line').filter({ hasText: product.name });
  await test.step('five pieces come first, counted by scanning: the order is partly received', async () => {
    await page.getByTestId('order-receive').click();
    await expect(page.getByTestId('stock-receive-page')).toBeVisible();
    await expect(line.getByTestId('receive-line-remaining')).toHaveText(
      interpolate(messages.receive.remaining, { quantity: '12' }),
    );
    await expect(line.getByTestId('receive-line-quantity')).toHaveValue('');
    for (let n = 1; n <= 5; n += 1) {
      await scanGoods(page, product.barcodes[0]);
      await expect(line.getByTestId('receive-line-quantity')).toHaveValue(String(n));
    }
    await expect(line.getByTestId('receive-line-cost')).toHaveValue('2.50');
    await page.getByTestId('receive-submit').click();
    await expect(page.getByTestId('receive-order-status')).toHaveText(messages.status.partly_received);
    await expect(line.getByTestId('receive-line-remaining')).toHaveText(
      interpolate(messages.receive.remaining, { quantity: '7' }),
    );
    await expect(line.getByTestId('receive-line-quantity')).toHaveValue('');
    expect(await onHand(view, product.id)).toBe(held + 5_000);
  });

  await test.step('the rest and one more: refused in words, then the extra is accepted', async () => {
    await line.getByTestId('receive-line-fill').click();
    await expect(line.getByTestId('receive-line-quantity')).toHaveValue('7');
    await scanGoods(page, product.barcodes[0]);
    await expect(line.getByTestId('receive-line-quantity')).toHaveValue('8');
    await expect(line.getByTestId('receive-line-over')).toHaveText(
      interpolate(messages.receive.moreThanOrdered, { quantity: '1' }),
    );
    await page.getByTestId('receive-submit').click();
    const over = page.getByTestId('receive-over');
    await expect(over).toContainText(zhCN.errors.purchase_order_over_received);
    await expect(page.getByTestId('receive-over-detail')).toHaveText(
      interpolate(messages.receive.overDetail, {
        name: product.name,
        ordered: '12',
        received: '5',
        quantity: '8',
        extra: '1',
      }),
    );
    expect(await onHand(view, product.id)).toBe(held + 5_000);
    await page.getByTestId('receive-accept-extra').scrollIntoViewIfNeeded();
    await screenshot(page, `${project}-purchase-receive`);

    await page.getByTestId('receive-accept-extra').click();
    await page.getByTestId('accept-extra-dialog-confirm').click();
    await expect(page.getByTestId('receive-order-status')).toHaveText(messages.status.received);
    await expect(over).toHaveCount(0);
    await expect(page.getByTestId('receive-order-not-open')).toBeVisible();
    expect(await onHand(view, product.id)).toBe(held + 13_000);
  });

  await test.step('the order shows all received with the extra piece, and is closed', async () => {
    await page.getByTestId('receive-order-link').click();
    const orderLine = page.getByTestId('order-line').filter({ hasText: product.name });
    await expect(page.getByTestId('order-status')).toHaveText(messages.status.received);
    await expect(orderLine.getByTestId('order-line-received')).toHaveText('13');
    await expect(orderLine.getByTestId('order-line-extra')).toHaveText(
      interpolate(messages.order.extra, { quantity: '1' }),
    );
    await expect(page.getByTestId('order-receive')).toHaveCount(0);
    await screenshot(page, `${project}-purchase-order`);
    await page.getByTestId('order-close').click();
    await page.getByTestId('close-order-dialog-confirm').click();
    await expect(page.getByTestId('order-status')).toHaveText(messages.status.closed);
  });

  await test.step('the list shows the order closed, its total and all of it received', async () => {
    await page.getByTestId('stock-tab-orders').click();
    const row = page.locator(`[data-testid="order-row"][data-number="${number}"]`);
    await expect(row.getByTestId('order-row-status')).toHaveText(messages.status.closed);
    await expect(row).toContainText(supplierName);
    await expect(row.getByTestId('order-row-total')).toHaveText(money(3000));
    await expect(row.getByTestId('order-received-share')).toHaveText('100%');
    await screenshot(page, `${project}-purchase-orders`);
  });
});

/**
 * A supplier's name is the merchant's own key to it: adding a second one of the same name is
 * refused in words under the name, and nothing is added.
 */
test('a supplier name already taken is said on the name field', async ({ page }, testInfo) => {
  const view = await ownerView();
  const name = `E2E 同名供应商 ${testInfo.project.name} ${Date.now() % 100_000}`;
  await view.api.call('createSupplier', { body: { name } });
  await signInWithPassword(page, 'owner', E2E.ownerPassword, '/backoffice/stock/suppliers/new');
  await page.getByTestId('supplier-name-input').fill(name);
  await page.getByTestId('supplier-save').click();
  await expect(page.getByTestId('supplier-name-error')).toHaveText(zhCN.errors.supplier_name_taken);
  await expect(page).toHaveURL(/\/backoffice\/stock\/suppliers\/new$/);
  const { items } = await view.api.call('listSuppliers', { query: { q: name, includeInactive: 'true' } });
  expect(items.filter((s) => s.name === name)).toHaveLength(1);
});

/**
 * Under-delivery: an order that came short stays partly received until someone closes it; the
 * closed order still shows what did not come.
 */
test('an order that came short is closed and still shows the shortfall', async ({ page }, testInfo) => {
  const view = await ownerView();
  const product = pieceProduct(view.catalog, isPhone(testInfo) ? 97 : 96);
  const supplier = await view.api.call('createSupplier', {
    body: { name: `E2E 短缺供应商 ${testInfo.project.name} ${Date.now() % 100_000}` },
  });
  const [floor] = (await view.api.call('listStockLocations', { params: { storeId: view.store.id } })).items;
  if (!floor) throw new Error('the demo store has no stock location');
  const id = () => uuidV7(Date.now(), new Uint8Array(randomBytes(10)));
  const draft = await view.api.call('createPurchaseOrder', {
    params: { storeId: view.store.id },
    body: {
      id: id(),
      supplierId: supplier.id,
      locationId: floor.id,
      lines: [{ productId: product.id, quantity: 10_000, unitCost: 300 }],
    },
  });
  await view.api.call('sendPurchaseOrder', { params: { orderId: draft.id } });
  await view.api.call('receiveStock', {
    params: { storeId: view.store.id },
    body: {
      id: id(),
      locationId: floor.id,
      purchaseOrderId: draft.id,
      lines: [{ productId: product.id, quantity: 6_000, unitCost: 300 }],
    },
  });

  await signInWithPassword(page, 'owner', E2E.ownerPassword, `/backoffice/stock/orders/${draft.id}`);
  await expect(page.getByTestId('order-status')).toHaveText(messages.status.partly_received);
  await expect(page.getByTestId('order-close')).toHaveText(messages.order.close);
  await page.getByTestId('order-close').click();
  await expect(page.getByTestId('close-order-dialog')).toContainText(messages.order.closeBody);
  await page.getByTestId('close-order-dialog-confirm').click();
  await expect(page.getByTestId('order-status')).toHaveText(messages.status.closed);
  const line = page.getByTestId('order-line').filter({ hasText: product.name });
  await expect(line.getByTestId('order-line-received')).toHaveText('6');
  await expect(line.getByTestId('order-line-short')).toHaveText(
    interpolate(messages.order.short, { quantity: '4' }),
  );
});
