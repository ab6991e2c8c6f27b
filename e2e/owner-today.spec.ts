import { formatMoney } from '@kassa/core';
import { expect, type Page, test } from '@playwright/test';
import { E2E } from './e2e-env';
import { ownerView, pieceProduct } from './owner-api';
import { isPhone, openRegister, registerCodeFor, scan, signInWithPassword } from './register-helpers';

/** Sells one piece paid exactly in cash; the receipt number. */
async function sellOne(page: Page, barcode: string): Promise<string> {
  await scan(page, barcode);
  await page.getByTestId('pay-button').click();
  await page.getByTestId('pay-cash-exact').click();
  await expect(page.getByTestId('receipt-panel')).toHaveAttribute('data-status', 'recorded');
  const receiptNo = (await page.getByTestId('receipt-no').textContent()) ?? '';
  await page.getByTestId('receipt-new-sale').click();
  return receiptNo;
}

/**
 * 手机管理 (issue 5): the owner opens today's figures on the phone; a cashier sells on a register in
 * another browser; without a reload, the owner sees the sale in the live ticker and the totals move
 * within 2 s. The phone then loses its network, a sale happens meanwhile, and once back online it
 * catches up by itself.
 */
test('the owner watches today live while a register sells', async ({ page, browser }, testInfo) => {
  test.setTimeout(120_000);
  const view = await ownerView();
  const { store, catalog, api } = view;
  const product = pieceProduct(catalog, isPhone(testInfo) ? 83 : 82);
  const money = (amount: number) => formatMoney({ amount, currency: store.currency }, 'zh-CN');
  const register = await (await browser.newContext()).newPage();

  try {
    await test.step('the owner signs in and lands on today, connected live', async () => {
      await signInWithPassword(page, 'owner', E2E.ownerPassword);
      await expect(page.getByTestId('today-page')).toBeVisible();
      await expect(page.getByTestId('live-status')).toHaveText('实时');
    });

    await test.step('a register opens in another browser', async () => {
      await openRegister(register, store, registerCodeFor(testInfo));
    });

    const before = await api.call('todaySummary', { query: { storeId: store.id } });
    await expect(page.getByTestId('figure-sales-value')).toHaveText(String(before.today.sales));

    await test.step('a sale shows in the ticker and the totals within 2 s, without a reload', async () => {
      const receiptNo = await sellOne(register, product.barcodes[0]);
      const sold = page.locator(`[data-testid="ticker-sale"][data-receipt-no="${receiptNo}"]`);
      await expect(sold).toBeVisible({ timeout: 2_000 });
      await expect(sold).toContainText(money(product.price));
      await expect(page.getByTestId('figure-sales-value')).toHaveText(String(before.today.sales + 1), {
        timeout: 2_000,
      });
      await expect(page.getByTestId('figure-net-sales-value')).toHaveText(
        money(before.today.netSales + product.price),
        { timeout: 2_000 },
      );
      await expect(page.getByTestId('on-shift-item').first()).toBeVisible();
      await page.screenshot({ path: `docs/screenshots/${testInfo.project.name}-today.png` });
    });

    await test.step('offline, the phone misses nothing: it catches up once back', async () => {
      await page.context().setOffline(true);
      await expect(page.getByTestId('live-status')).toHaveText('连接中…', { timeout: 20_000 });
      const receiptNo = await sellOne(register, product.barcodes[0]);
      await page.context().setOffline(false);
      await expect(page.getByTestId('live-status')).toHaveText('实时', { timeout: 20_000 });
      // Pushed (replayed after the last event seen), not only reloaded: pushed sales are highlighted.
      const missed = page.locator(`[data-testid="ticker-sale"][data-receipt-no="${receiptNo}"]`);
      await expect(missed).toBeVisible();
      await expect(missed).toHaveClass(/ticker__sale--fresh/);
      await expect(page.getByTestId('figure-sales-value')).toHaveText(String(before.today.sales + 2));
    });

    await test.step('each figure opens its report', async () => {
      await page.getByTestId('figure-net-sales').click();
      await expect(page).toHaveURL(/\/backoffice\/reports\/hours\?/);
    });
  } finally {
    await register.context().close();
  }
});
