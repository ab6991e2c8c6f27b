import { formatMoney } from '@kassa/core';
import { expect, test } from '@playwright/test';
import { onHand, ownerView, pieceProduct } from './owner-api';
import { openRegister, registerCodeFor, scan } from './register-helpers';

/**
 * 退货: a customer brings back one of three items with the receipt. The cashier scans the receipt's
 * number, refunds one piece, and gives back its share in cash; stock goes back up; a second try
 * cannot refund more than is left.
 */
test('a refund by receipt gives back the line’s share in cash and puts the item back in stock', async ({
  page,
}, testInfo) => {
  const view = await ownerView();
  const { store, catalog } = view;
  const money = (amount: number) => formatMoney({ amount, currency: store.currency }, 'zh-CN');
  const product = pieceProduct(catalog, 16);
  await openRegister(page, store, registerCodeFor(testInfo));

  let receiptNo = '';
  await test.step('three of an item sold for cash', async () => {
    for (let i = 0; i < 3; i++) await scan(page, product.barcodes[0]);
    await page.keyboard.press('F9');
    const total = product.price * 3;
    await page.getByTestId('pay-cash-amount-input').fill((Math.ceil(total / 10000) * 100).toFixed(2));
    await page.getByTestId('pay-cash-submit').click();
    await expect(page.getByTestId('receipt-panel')).toHaveAttribute('data-status', 'recorded');
    receiptNo = (await page.getByTestId('receipt-no').textContent()) ?? '';
  });
  const stockAfterSale = await onHand(view, product.id);
  const { items } = await view.api.call('listSales', { query: { storeId: store.id, limit: 20 } });
  const summary = items.find((sale) => sale.receiptNo === receiptNo);
  if (!summary) throw new Error('the sale is missing');
  const sale = await view.api.call('getSale', { params: { id: summary.id } });
  // One piece's share of what was paid (after 抹零), rounded down: what the core refunds.
  const share = Math.floor(sale.paidTotal / 3);

  await test.step('the receipt is found, one piece refunded, its share given back in cash', async () => {
    await page.getByTestId('register-refund').click();
    await page.getByTestId('refund-receipt-input').fill(receiptNo);
    await page.getByTestId('refund-find').click();
    await expect(page.getByTestId('refund-line')).toHaveCount(1);
    await page.getByTestId('refund-line-qty').fill('1');
    await expect(page.getByTestId('refund-total')).toHaveText(money(share));
    await page.getByTestId('refund-confirm').click();
    await expect(page.getByTestId('refund-done-total')).toHaveText(money(share));
    await expect(page.locator('[data-testid="refund-tender"][data-kind="cash"]')).toContainText(money(share));
    await page.screenshot({ path: `docs/screenshots/${testInfo.project.name}-refund.png` });
    await page.getByTestId('refund-done-close').click();
    expect(await onHand(view, product.id)).toBe(stockAfterSale + 1000);
  });

  await test.step('more than is left cannot be refunded', async () => {
    await page.getByTestId('register-refund').click();
    await page.getByTestId('refund-receipt-input').fill(receiptNo);
    await page.getByTestId('refund-find').click();
    await page.getByTestId('refund-line-qty').fill('3');
    await expect(page.getByTestId('refund-invalid')).toBeVisible();
    await expect(page.getByTestId('refund-confirm')).toBeDisabled();
    await page.keyboard.press('Escape');
  });
});
