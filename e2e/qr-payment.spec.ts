import { priceTicket, Ticket } from '@kassa/core';
import { expect, test } from '@playwright/test';
import { zhCN } from './messages';
import { ownerView, pieceProduct } from './owner-api';
import {
  expectCart,
  isPhone,
  moneyIn,
  openRegister,
  pricingOf,
  registerCodeFor,
  scan,
  ticketLine,
} from './register-helpers';

/**
 * WeChat Pay codes for the demo's sandbox gateway, whose last digit picks how the "customer"
 * behaves: 1 confirms on the phone after 3 s, 2 has too little money, 3 never confirms.
 */
const wechat = (last: number) => `13${String(Date.now()).slice(-15).padStart(15, '0')}${last}`;

test('QR payment (扫码付): a customer confirms on the phone, a decline, and a reload mid-payment', async ({
  page,
}, testInfo) => {
  test.setTimeout(90_000);
  const view = await ownerView();
  const { store, catalog } = view;
  const money = moneyIn(store);
  const registerCode = registerCodeFor(testInfo);
  const product = pieceProduct(catalog, isPhone(testInfo) ? 41 : 40);
  const line = ticketLine(catalog, product, 1000);
  const priced = priceTicket(Ticket.addLine(Ticket.empty(store.currency), line), pricingOf(store));
  const barcode = product.barcodes[0];

  await openRegister(page, store, registerCode);
  await scan(page, barcode);
  await expectCart(page, priced);
  await page.keyboard.press('F9');
  await page.getByTestId('pay-tab-qr').click();
  await expect(page.getByTestId('pay-qr-amount-input')).toHaveValue((priced.total / 100).toFixed(2));

  await test.step('a code that is not a payment code is refused before any gateway is asked', async () => {
    await page.getByTestId('pay-qr-code-input').fill(barcode);
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('pay-qr-code-error')).toHaveText(zhCN.errors.invalid_payment_code);
    await expect(page.getByTestId('pay-qr-waiting')).toHaveCount(0);
  });

  await test.step('a declined code says why, and nothing is taken', async () => {
    await page.getByTestId('pay-qr-code-input').fill(wechat(2));
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('pay-error')).toContainText('余额不足');
    await expect(page.getByTestId('pay-tender')).toHaveCount(0);
  });

  await test.step('the customer confirms on the phone: the register waits, then the sale is paid', async () => {
    await page.getByTestId('pay-qr-code-input').fill(wechat(1));
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('pay-qr-waiting')).toHaveAttribute('data-status', 'user_paying');
    await expect(page.getByText(zhCN.register.pay.qrPay.status.user_paying)).toBeVisible();
    await expect(page.getByTestId('receipt-panel')).toHaveAttribute('data-status', 'recorded', {
      timeout: 15_000,
    });
    await expect(page.getByTestId('receipt-change')).toHaveText(money(0));
    const receipt = page.frameLocator('[data-testid="receipt-frame"]');
    await expect(receipt.getByText(zhCN.register.pay.qrPay.provider.wechat).first()).toBeVisible();
    const receiptNo = (await page.getByTestId('receipt-no').textContent()) ?? '';
    const { items } = await view.api.call('listSales', { query: { storeId: store.id, limit: 50 } });
    const sale = await view.api.call('getSale', {
      params: { id: items.find((s) => s.receiptNo === receiptNo)?.id ?? '' },
    });
    expect(sale.tenders).toEqual([
      expect.objectContaining({
        kind: 'qr',
        amount: priced.total,
        brand: 'wechat',
        reference: expect.stringMatching(/^4200\d+$/),
      }),
    ]);
  });

  await test.step('a reload while the customer is paying finds the same payment; cancelling it frees the sale', async () => {
    if (isPhone(testInfo)) await page.getByTestId('scan-input').click();
    await page.keyboard.press('Enter'); // next sale
    await scan(page, barcode);
    await page.keyboard.press('F9');
    await page.getByTestId('pay-tab-qr').click();
    await page.getByTestId('pay-qr-code-input').fill(wechat(3));
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('pay-qr-waiting')).toHaveAttribute('data-status', 'user_paying');
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('pay-close-blocked')).toHaveText(zhCN.register.pay.qrPay.closeBlocked);

    await page.reload();
    await expect(page.getByTestId('pay-dialog')).toBeVisible();
    await expect(page.getByTestId('pay-qr-waiting')).toHaveAttribute('data-status', 'user_paying');
    await expect(page.getByTestId('pay-qr-details')).toContainText(zhCN.register.pay.qrPay.provider.wechat);
    await page.getByTestId('pay-qr-cancel').click();
    await expect(page.getByTestId('pay-error')).toHaveText(zhCN.register.pay.qrPay.cancelled);
    await expect(page.getByTestId('pay-qr-waiting')).toHaveCount(0);

    // Paid in cash instead: one sale, no QR tender.
    await page.getByTestId('pay-tab-cash').click();
    await page.getByTestId('pay-cash-amount-input').fill((priced.total / 100).toFixed(2));
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('receipt-panel')).toHaveAttribute('data-status', 'recorded');
  });
});
