import { expect, type Page, test } from '@playwright/test';
import { E2E } from './e2e-env';
import { interpolate, zhCN } from './messages';
import { onHand, ownerView, pieceProduct } from './owner-api';
import { isPhone, signInWithPassword } from './register-helpers';

const messages = zhCN.reorder;

/** Pieces as the screen says them: '1,005 件'. */
function pieces(thousandths: number): string {
  return interpolate(messages.qty.piece, {
    quantity: new Intl.NumberFormat('zh-CN').format(thousandths / 1000),
  });
}

/** A screenshot for the docs once the toasts of earlier steps are gone. */
async function screenshot(page: Page, name: string): Promise<void> {
  await expect(page.getByTestId('toast')).toHaveCount(0);
  await page.screenshot({ path: `docs/screenshots/${name}.png` });
}

/**
 * 补货建议: a supplier sells a product in cases of 6; the owner sets a reorder point above what the
 * sales floor holds (through the screen, finding the product by scan), sees it suggested from that
 * supplier with why, makes the draft purchase order from the suggestion and lands on it; back on
 * the screen the product is no longer suggested, since what is on order counts as held.
 */
test('a product below its reorder point is suggested and ordered from its supplier', async ({
  page,
}, testInfo) => {
  const view = await ownerView();
  const project = testInfo.project.name;
  const product = pieceProduct(view.catalog, isPhone(testInfo) ? 131 : 130);
  const supplierName = `E2E 补货供应商 ${project} ${Date.now() % 100_000}`;
  const supplier = await view.api.call('createSupplier', { body: { name: supplierName, leadTimeDays: 2 } });
  await view.api.call('setSupplierProduct', {
    params: { supplierId: supplier.id, productId: product.id },
    body: { unitCost: 300, packSize: 6_000 },
  });
  // The store's stock is at least the floor's: a point above it is above the floor's too.
  const point = Math.max(0, await onHand(view, product.id)) + 5_000;
  const line = page.getByTestId('reorder-line').and(page.locator(`[data-sku="${product.sku}"]`));

  await signInWithPassword(page, 'owner', E2E.ownerPassword);
  await page.getByTestId('nav-stock').click();
  await page.getByTestId('stock-tab-reorder').click();
  await expect(page.getByTestId('reorder-page')).toBeVisible();
  await expect(page.getByTestId('reorder-intro')).toBeVisible();

  await test.step('the reorder rule is set on the sales floor, the product found by its barcode', async () => {
    await page.getByTestId('reorder-set-rule').click();
    const dialog = page.getByTestId('reorder-rule-dialog');
    await dialog.getByTestId('goods-search').fill(product.barcodes[0]);
    await dialog.getByTestId('goods-search').press('Enter');
    await expect(dialog).toContainText(interpolate(messages.rule.title, { name: product.name }));
    await dialog.getByTestId('reorder-rule-point').fill(String(point / 1000));
    await dialog.getByTestId('reorder-rule-quantity').fill('0');
    await expect(dialog).toContainText(messages.rule.zero);
    await expect(dialog.getByTestId('reorder-rule-save')).toBeDisabled();
    await dialog.getByTestId('reorder-rule-quantity').fill('12');
    await dialog.getByTestId('reorder-rule-save').click();
    await expect(dialog).toHaveCount(0);
  });

  await test.step('it is suggested from the supplier, by the reorder point, in whole cases', async () => {
    const { items } = await view.api.call('reorderSuggestions', {
      params: { storeId: view.store.id },
      query: {},
    });
    const suggested = items.find((item) => item.productId === product.id);
    expect(suggested).toMatchObject({
      basis: 'reorder_point',
      supplierId: supplier.id,
      packSize: 6_000,
      unitCost: 300,
    });
    const cases = (suggested?.quantity ?? 0) / 6_000;
    expect(Number.isInteger(cases) && cases >= 1).toBe(true);

    const group = page.getByTestId('reorder-group').and(page.locator(`[data-supplier="${supplierName}"]`));
    await expect(group.getByTestId('reorder-line')).toHaveCount(1);
    await expect(line.getByTestId('reorder-line-basis')).toHaveText(messages.basis.reorder_point);
    await expect(line.getByTestId('reorder-line-on-hand')).toHaveText(pieces(suggested?.onHand ?? 0));
    const position = (suggested?.onHand ?? 0) + (suggested?.onOrder ?? 0);
    await expect(line.getByTestId('reorder-line-why')).toHaveText(
      interpolate(messages.why.point, {
        position: pieces(position),
        point: pieces(point),
        quantity: pieces(12_000),
      }) + interpolate(messages.why.packs, { size: pieces(6_000) }),
    );
    await expect(line.getByTestId('reorder-line-packs')).toHaveValue(String(cases));
    await expect(line.getByTestId('reorder-line-check')).toBeChecked();

    // The rule shows again when opened from the line.
    await line.getByTestId('reorder-line-rule').click();
    await expect(page.getByTestId('reorder-rule-point')).toHaveValue(String(point / 1000));
    await expect(page.getByTestId('reorder-rule-quantity')).toHaveValue('12');
    await page.getByTestId('reorder-rule-dialog-close').click();
    if (!isPhone(testInfo)) {
      await group.scrollIntoViewIfNeeded();
      await screenshot(page, 'desktop-reorder');
    }

    await group.getByTestId('reorder-create').click();
  });

  await test.step('the draft purchase order is made and opened with the line', async () => {
    const created = page.getByTestId('reorder-created');
    await expect(created).toContainText(supplierName);
    await created.getByTestId('reorder-created-link').first().click();
    await expect(page.getByTestId('purchase-order-page')).toBeVisible();
    await expect(page.getByTestId('order-number')).toHaveText(/^PO-\d{6}$/);
    await expect(page.getByTestId('order-status')).toHaveText(zhCN.purchasing.status.draft);
    const orderLine = page.getByTestId('order-line').and(page.locator(`[data-sku="${product.sku}"]`));
    await expect(orderLine).toBeVisible();
    await expect(orderLine.getByTestId('order-line-cost')).toHaveValue('3.00');
  });

  await test.step('no longer suggested: what is on order counts as held', async () => {
    await page.getByTestId('stock-tab-reorder').click();
    await expect(page.getByTestId('reorder-intro')).toBeVisible();
    await expect(line).toHaveCount(0);
    const { items } = await view.api.call('reorderSuggestions', {
      params: { storeId: view.store.id },
      query: {},
    });
    expect(items.some((item) => item.productId === product.id)).toBe(false);
  });
});
