import { formatMoney, settle } from '@kassa/core';
import { expect, test } from '@playwright/test';
import { ownerView, pieceProduct } from './owner-api';
import { openRegister, registerCodeFor, scan } from './register-helpers';

/**
 * 客显: the customer's screen beside the register shows each line as it is scanned, the total, then
 * what was paid and the change with a thank-you, and welcomes the next customer.
 */
test('the customer display mirrors the ticket, the payment and the change', async ({
  context,
  page,
}, testInfo) => {
  const { store, catalog } = await ownerView();
  const money = (amount: number) => formatMoney({ amount, currency: store.currency }, 'zh-CN');
  const product = pieceProduct(catalog, 12);
  await openRegister(page, store, registerCodeFor(testInfo));

  // The second screen: another window of the same browser, opened from the register.
  const [display] = await Promise.all([
    context.waitForEvent('page'),
    page.getByTestId('register-open-display').click(),
  ]);
  await expect(display.getByTestId('display-idle')).toBeVisible();

  await test.step('each scan shows on the display with the total', async () => {
    await page.bringToFront();
    await scan(page, product.barcodes[0]);
    await scan(page, product.barcodes[0]);
    await expect(display.getByTestId('display-line')).toHaveCount(1);
    await expect(display.getByTestId('display-line')).toContainText(product.name);
    await expect(display.getByTestId('display-total')).toHaveText(money(product.price * 2));
  });

  await test.step('a display opened late catches up at once', async () => {
    const late = await context.newPage();
    await late.goto('/display');
    await expect(late.getByTestId('display-total')).toHaveText(money(product.price * 2));
    await late.close();
  });

  await test.step('after payment: paid, change and thanks; the next scan starts over', async () => {
    const total = product.price * 2;
    const handed = Math.ceil(total / 10000) * 10000;
    await page.getByTestId('pay-button').click();
    await page.getByTestId('pay-cash-amount-input').fill((handed / 100).toFixed(2));
    await page.getByTestId('pay-cash-submit').click();
    await expect(page.getByTestId('receipt-panel')).toHaveAttribute('data-status', 'recorded');
    const settled = settle(total, [{ kind: 'cash', amount: handed }], store.cashRounding);
    if (!settled.ok) throw new Error('the payment does not settle');
    await expect(display.getByTestId('display-paid')).toBeVisible();
    await expect(display.getByTestId('display-tendered')).toHaveText(money(handed));
    await expect(display.getByTestId('display-change')).toHaveText(money(settled.value.change));
    await expect(display.getByTestId('display-paid-total')).toHaveText(money(settled.value.dueAfterRounding));
    await display.screenshot({ path: `docs/screenshots/${testInfo.project.name}-customer-display.png` });
    await scan(page, product.barcodes[0]);
    await expect(display.getByTestId('display-line')).toHaveCount(1);
    await expect(display.getByTestId('display-paid')).toHaveCount(0);
  });
});
