import { formatMoney, movingAverageCost } from '@kassa/core';
import { expect, test } from '@playwright/test';
import { E2E } from './e2e-env';
import { interpolate, zhCN } from './messages';
import { onHand, ownerView, pieceProduct } from './owner-api';
import { signInWithPassword } from './register-helpers';

/**
 * 库位 (issue 6): the owner opens 库存 in the back office and sees the store's sales floor, which
 * cannot be closed; adds a back room, is told in words when a name is taken, renames it, closes it
 * after a question, and reopens it.
 */
test('stock locations are added, renamed, closed and reopened', async ({ page }, testInfo) => {
  const name = `E2E 后仓 ${testInfo.project.name} ${Date.now() % 100_000}`;
  const messages = zhCN.stock.locations;
  await signInWithPassword(page, 'owner', E2E.ownerPassword);
  await page.getByTestId('nav-stock').click();
  await expect(page.getByTestId('stock-locations-page')).toBeVisible();

  const floor = page.getByTestId('location').first();
  await test.step('the sales floor comes first and has no close button', async () => {
    await expect(floor.getByTestId('location-name')).toHaveText(messages.kinds.sales_floor);
    await expect(floor.getByTestId('location-close')).toHaveCount(0);
  });

  const row = page.getByTestId('location').filter({ hasText: name });
  await test.step('a back room is added, and a second one of the same name is refused in words', async () => {
    await page.getByTestId('locations-add').click();
    await page.getByTestId('location-form-name').fill(name);
    await page.getByTestId('location-form-kind').selectOption('storage');
    await page.getByTestId('location-form-submit').click();
    await expect(row.getByTestId('location-name')).toHaveText(name);
    await expect(row).toContainText(messages.kinds.storage);

    await page.getByTestId('locations-add').click();
    await page.getByTestId('location-form-name').fill(name);
    await page.getByTestId('location-form-submit').click();
    await expect(page.getByTestId('location-form')).toContainText(zhCN.errors.stock_location_name_taken);
    await page.getByTestId('location-form').getByRole('button', { name: zhCN.common.cancel }).click();
    await expect(row).toHaveCount(1);
    await page.screenshot({ path: `docs/screenshots/${testInfo.project.name}-stock-locations.png` });
  });

  const renamed = `${name} A`;
  const renamedRow = page.getByTestId('location').filter({ hasText: renamed });
  await test.step('renamed, then closed after a question, then reopened', async () => {
    await row.getByTestId('location-rename').click();
    await page.getByTestId('location-form-name').fill(renamed);
    await page.getByTestId('location-form-submit').click();
    await expect(renamedRow.getByTestId('location-name')).toHaveText(renamed);

    await renamedRow.getByTestId('location-close').click();
    await expect(page.getByTestId('close-location-dialog')).toContainText(
      interpolate(messages.closeDialog.title, { location: renamed }),
    );
    await page.getByTestId('close-location-dialog-confirm').click();
    await expect(renamedRow).toContainText(messages.closed);
    await renamedRow.getByTestId('location-reopen').click();
    await expect(renamedRow).not.toContainText(messages.closed);
    await expect(renamedRow.getByTestId('location-close')).toBeVisible();
  });
});

/**
 * 报损与调整 (issue 6): the owner books goods found on the shelf (盘盈) by scanning them, writes two
 * off as damaged after finding the product by its SKU, and is told in words when a shortfall is
 * more than is on hand; a quantity of 0 cannot be booked. The stock API agrees with each step.
 */
test('goods are booked found, written off, and a shortfall beyond stock is refused', async ({
  page,
}, testInfo) => {
  const view = await ownerView();
  const product = pieceProduct(view.catalog, testInfo.project.name === 'phone' ? 91 : 90);
  const messages = zhCN.stock.adjust;
  await signInWithPassword(page, 'owner', E2E.ownerPassword);
  await page.getByTestId('nav-stock').click();
  await page.getByTestId('stock-tab-adjust').click();
  await expect(page.getByTestId('stock-adjust-page')).toBeVisible();
  const line = page.getByTestId('adjust-line').filter({ hasText: product.name });

  const before = await onHand(view, product.id);
  await test.step('five found on the shelf are booked by scanning', async () => {
    await page.getByTestId('adjust-direction-found').click();
    await page.getByTestId('goods-search').fill(product.barcodes[0]);
    await page.getByTestId('goods-search').press('Enter');
    await expect(line.getByTestId('adjust-line-quantity')).toHaveValue('1');
    await line.getByTestId('adjust-line-quantity').fill('5');
    await page.getByTestId('adjust-reason-count').click();
    await expect(page.getByTestId('adjust-reason')).toHaveValue(messages.reasons.count);
    await page.getByTestId('adjust-submit').click();
    await expect(page.getByText(interpolate(messages.done.found, { n: 1 }))).toBeVisible();
    await expect(page.getByTestId('adjust-line')).toHaveCount(0);
    expect(await onHand(view, product.id)).toBe(before + 5_000);
  });

  await test.step('two damaged ones are written off, the product found by its SKU', async () => {
    await page.getByTestId('adjust-direction-write_off').click();
    await page.getByTestId('goods-search').fill(product.sku);
    await page.getByTestId('goods-search-submit').click();
    await line.getByTestId('adjust-line-quantity').fill('0');
    await expect(line).toContainText(messages.quantity.invalid);
    await expect(page.getByTestId('adjust-submit')).toBeDisabled();
    await line.getByTestId('adjust-line-quantity').fill('2');
    await page.getByTestId('adjust-reason-damaged').click();
    await page.screenshot({ path: `docs/screenshots/${testInfo.project.name}-stock-adjust.png` });
    await page.getByTestId('adjust-submit').click();
    await expect(page.getByText(interpolate(messages.done.write_off, { n: 1 }))).toBeVisible();
    expect(await onHand(view, product.id)).toBe(before + 3_000);
  });

  await test.step('a shortfall of more than is on hand is refused in words, and nothing changes', async () => {
    await page.getByTestId('adjust-direction-missing').click();
    await page.getByTestId('goods-search').fill(product.barcodes[0]);
    await page.getByTestId('goods-search').press('Enter');
    await line.getByTestId('adjust-line-quantity').fill('99999');
    await page.getByTestId('adjust-reason').fill('盘点少了');
    await page.getByTestId('adjust-submit').click();
    await expect(page.getByTestId('adjust-error')).toHaveText(zhCN.errors.stock_below_zero);
    expect(await onHand(view, product.id)).toBe(before + 3_000);
  });
});

/**
 * 库存金额 (issue 6): the owner opens the stock value and sees the total at cost and each location's,
 * equal to what the API answers; choosing a day twenty days back shows the stock as it was then.
 */
test('the stock value shows the total at cost now and at the end of a past day', async ({
  page,
}, testInfo) => {
  const view = await ownerView();
  const money = (amount: number) => formatMoney({ amount, currency: view.store.currency }, 'zh-CN');
  await signInWithPassword(page, 'owner', E2E.ownerPassword);
  await page.getByTestId('nav-stock').click();
  await page.getByTestId('stock-tab-value').click();
  await expect(page.getByTestId('stock-value-page')).toBeVisible();

  // Other tests move stock meanwhile: the page is read again until it agrees with the API.
  await expect(async () => {
    await page.reload();
    const shown = page.getByTestId('stock-value-total');
    await expect(shown).toBeVisible();
    const now = await view.api.call('stockValuation', { params: { storeId: view.store.id }, query: {} });
    expect(now.total).toBeGreaterThan(0);
    await expect(shown).toHaveText(money(now.total), { timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
  await expect(page.getByTestId('stock-value-location').first()).toContainText('卖场');
  await expect(page.getByTestId('stock-value-row').first()).toBeVisible();
  await page.screenshot({ path: `docs/screenshots/${testInfo.project.name}-stock-value.png` });

  // Twenty days ago in the store: the demo's opening stock less what sold in its first ten days.
  const asOf = new Intl.DateTimeFormat('en-CA', { timeZone: view.store.timeZone }).format(
    Date.now() - 20 * 86_400_000,
  );
  const then = await view.api.call('stockValuation', { params: { storeId: view.store.id }, query: { asOf } });
  await page.getByTestId('stock-value-as-of').fill(asOf);
  await expect(page.getByTestId('stock-value-total')).toHaveText(money(then.total));
  expect(then.total).toBeGreaterThan(0);
  await expect(page.getByTestId('stock-value-row')).toHaveCount(Math.min(then.items.length, 100));
});

/**
 * 收货入库 (issue 6): a delivery is received by scanning, at a cost typed per piece; the product's
 * cost moves by moving average, the page says from what to what, and the API agrees.
 */
test('goods are received at their cost and the product cost moves by moving average', async ({
  page,
}, testInfo) => {
  const view = await ownerView();
  const product = pieceProduct(view.catalog, testInfo.project.name === 'phone' ? 93 : 92);
  const money = (amount: number) => formatMoney({ amount, currency: view.store.currency }, 'zh-CN');
  await signInWithPassword(page, 'owner', E2E.ownerPassword);
  await page.getByTestId('nav-stock').click();
  await page.getByTestId('stock-tab-receive').click();
  await expect(page.getByTestId('stock-receive-page')).toBeVisible();

  await page.getByTestId('receive-supplier').fill('华润饮料');
  await page.getByTestId('receive-reference').fill(`DN-${Date.now() % 100_000}`);
  await page.getByTestId('goods-search').fill(product.barcodes[0]);
  await page.getByTestId('goods-search').press('Enter');
  const line = page.getByTestId('receive-line').filter({ hasText: product.name });
  await line.getByTestId('receive-line-quantity').fill('24');
  const unitCost = 123;
  await line.getByTestId('receive-line-cost').fill('1.23');

  const before = await view.api.call('getProduct', { params: { id: product.id } });
  const held = await onHand(view, product.id);
  const expected = movingAverageCost(held, before.cost, 24_000, unitCost);
  await page.screenshot({ path: `docs/screenshots/${testInfo.project.name}-stock-receive.png` });
  await page.getByTestId('receive-submit').click();
  await expect(page.getByText(interpolate(zhCN.stock.receive.done, { n: 1 }))).toBeVisible();
  await expect(page.getByTestId('receive-cost')).toContainText(
    `${before.cost === null ? zhCN.stock.receive.noCost : money(before.cost)} → ${money(expected)}`,
  );
  expect((await view.api.call('getProduct', { params: { id: product.id } })).cost).toBe(expected);
  expect(await onHand(view, product.id)).toBe(held + 24_000);
});
