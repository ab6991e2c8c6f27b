import { formatMoney } from '@kassa/core';
import { expect, test } from '@playwright/test';
import { zhCN } from './messages';
import { onHand, ownerView, pieceProduct } from './owner-api';
import { openRegister, registerCodeFor } from './register-helpers';

/**
 * 无小票退货: a customer brings two items back without the receipt. The cashier scans them; the
 * register asks for a manager, who approves with their PIN; the money goes back in cash at today's
 * price and the goods go back into stock.
 */
test('a return without a receipt needs the manager’s PIN and gives back today’s price in cash', async ({
  page,
}, testInfo) => {
  const view = await ownerView();
  const { store, catalog } = view;
  const money = (amount: number) => formatMoney({ amount, currency: store.currency }, 'zh-CN');
  const product = pieceProduct(catalog, testInfo.project.name === 'phone' ? 43 : 42);
  const before = await onHand(view, product.id);
  await openRegister(page, store, registerCodeFor(testInfo));

  await page.getByTestId('register-refund').click();
  await page.getByTestId('refund-no-receipt').click();
  await page.getByTestId('no-receipt-scan').fill(product.barcodes[0]);
  await page.keyboard.press('Enter');
  await page.getByTestId('no-receipt-scan').fill(product.barcodes[0]);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('no-receipt-line')).toHaveCount(1);
  await expect(page.getByTestId('no-receipt-total')).toHaveText(money(product.price * 2));

  await test.step('a cashier alone is refused: a manager must approve', async () => {
    await page.getByTestId('no-receipt-reason').fill('顾客没有小票');
    await page.getByTestId('no-receipt-confirm').click();
    await expect(page.getByTestId('no-receipt-error')).toHaveText(zhCN.errors.return_approval_required);
    await page.getByTestId('no-receipt-username').fill('manager');
    await page.getByTestId('no-receipt-pin').fill('0000');
    await page.getByTestId('no-receipt-confirm').click();
    await expect(page.getByTestId('no-receipt-error')).toHaveText(zhCN.errors.invalid_pin);
  });

  await test.step("the manager's PIN approves it: cash back, stock back", async () => {
    await page.getByTestId('no-receipt-pin').fill('1111');
    await page.getByTestId('no-receipt-confirm').click();
    await expect(page.getByTestId('refund-done-total')).toHaveText(money(product.price * 2));
    await expect(page.locator('[data-testid="refund-tender"][data-kind="cash"]')).toContainText(
      money(product.price * 2),
    );
    await expect(page.getByTestId('refund-approved-by')).toContainText('店长');
    await page.getByTestId('refund-done-close').click();
    expect(await onHand(view, product.id)).toBe(before + 2000);
  });
});
