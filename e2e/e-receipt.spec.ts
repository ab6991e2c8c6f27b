import { expect, test } from '@playwright/test';
import { ownerView, pieceProduct } from './owner-api';
import { openRegister, registerCodeFor, scan } from './register-helpers';

/**
 * 电子小票: the receipt on the register shows a QR code of the sale's e-receipt link; the customer
 * opens it on their own phone, signed in nowhere, and sees the receipt.
 */
test('the receipt carries an e-receipt QR code the customer opens without an account', async ({
  page,
  browser,
}, testInfo) => {
  const { store, catalog } = await ownerView();
  const product = pieceProduct(catalog, 58);
  await openRegister(page, store, registerCodeFor(testInfo));
  await scan(page, product.barcodes[0]);
  await page.keyboard.press('F9');
  await page.getByTestId('pay-cash-amount-input').fill((Math.ceil(product.price / 10000) * 100).toFixed(2));
  await page.getByTestId('pay-cash-submit').click();
  await expect(page.getByTestId('receipt-panel')).toHaveAttribute('data-status', 'recorded');
  const receiptNo = (await page.getByTestId('receipt-no').textContent()) ?? '';
  const receipt = page.frameLocator('[data-testid="receipt-frame"]');
  await expect(receipt.getByTestId('e-receipt').locator('svg')).toBeVisible();
  const link = (await receipt.getByTestId('e-receipt').locator('a').getAttribute('href')) ?? '';
  expect(link).toMatch(/\/r\/[0-9a-f-]{36}\.[A-Za-z0-9_-]{22}$/);

  // The customer's phone: another browser, no session, no register.
  const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'zh-CN' });
  try {
    const customer = await phone.newPage();
    const opened = await customer.goto(link);
    expect(opened?.status()).toBe(200);
    await expect(customer.locator('body')).toContainText(receiptNo);
    await expect(customer.locator('body')).toContainText(product.name);
    await customer.screenshot({
      path: `docs/screenshots/${testInfo.project.name}-e-receipt.png`,
      fullPage: true,
    });
    // A link with one character changed opens nothing.
    const forged = await customer.goto(link.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A')));
    expect(forged?.status()).toBe(404);
  } finally {
    await phone.close();
  }
});
