import { formatMoney } from '@kassa/core';
import { expect, test } from '@playwright/test';
import { onHand, ownerView, pieceProduct } from './owner-api';
import { enrolAsOwner, pinSignIn, registerCodeFor, scan } from './register-helpers';

/**
 * 培训模式: the manager switches the register to training so a new cashier can practise. Training
 * sales look like sales on screen but are numbered apart, printed as "not a sale", and move no
 * stock; leaving training puts the register back to real selling.
 */
test('a training sale is marked, numbered apart and moves no stock', async ({ page }, testInfo) => {
  const view = await ownerView();
  const { store, catalog } = view;
  const money = (amount: number) => formatMoney({ amount, currency: store.currency }, 'zh-CN');
  const product = pieceProduct(catalog, 15);
  const registerCode = registerCodeFor(testInfo);
  await enrolAsOwner(page, store, registerCode);
  await pinSignIn(page, 'manager', '1111');
  const stockBefore = await onHand(view, product.id);

  await test.step('the manager switches training on: the register says so', async () => {
    await page.getByTestId('register-training').click();
    await expect(page.getByTestId('training-badge')).toBeVisible();
  });

  await test.step('a training sale: its own receipt numbers, "not a sale" on the receipt', async () => {
    await scan(page, product.barcodes[0]);
    // Switching is not possible while a sale is being rung up.
    await expect(page.getByTestId('register-training')).toHaveCount(0);
    await page.keyboard.press('F9');
    await expect(page.getByTestId('pay-due')).toHaveText(money(product.price));
    await page.getByTestId('pay-cash-amount-input').fill((Math.ceil(product.price / 10000) * 100).toFixed(2));
    await page.getByTestId('pay-cash-submit').click();
    await expect(page.getByTestId('receipt-panel')).toHaveAttribute('data-status', 'recorded');
    await expect(page.getByTestId('receipt-no')).toHaveText(
      new RegExp(`^${store.code}-${registerCode}-T\\d{6}$`),
    );
    await expect(
      page.frameLocator('[data-testid="receipt-frame"]').getByTestId('receipt-training'),
    ).toContainText('培训');
    expect(await onHand(view, product.id)).toBe(stockBefore);
  });

  await test.step('training off: back to real selling', async () => {
    await page.getByTestId('register-training').click();
    await expect(page.getByTestId('training-badge')).toHaveCount(0);
  });
});
