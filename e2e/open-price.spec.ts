import { formatMoney, gtinCheckDigit } from '@kassa/core';
import { expect, test } from '@playwright/test';
import { ownerView } from './owner-api';
import { openRegister, registerCodeFor, scan } from './register-helpers';

/** 开放价格: an item without a fixed price (bulk sweets) asks the cashier for its price when scanned. */
test('an open-price item is sold at the price the cashier types', async ({ page }, testInfo) => {
  const view = await ownerView();
  const { api, store, catalog } = view;
  const money = (amount: number) => formatMoney({ amount, currency: store.currency }, 'zh-CN');
  const body12 = `6979${String(Date.now()).slice(-8)}`;
  const barcode = body12 + String(gtinCheckDigit(body12));
  const taxClass = catalog.taxClasses[0];
  if (!taxClass) throw new Error('no tax class');
  const sweets = await api.call('createProduct', {
    body: {
      sku: `SWEETS-${testInfo.project.name}-${Date.now()}`,
      name: `散装糖果 ${testInfo.project.name}`,
      price: 0,
      openPrice: true,
      taxClassId: taxClass.id,
      barcodes: [barcode],
      trackStock: false,
    },
  });
  await openRegister(page, store, registerCodeFor(testInfo));

  await scan(page, barcode);
  await expect(page.getByTestId('open-price-dialog')).toBeVisible();
  await page.getByTestId('open-price-input').fill('0');
  await page.getByTestId('open-price-add').click();
  await expect(page.getByTestId('open-price-error')).toBeVisible();
  await page.getByTestId('open-price-input').fill('12.34');
  await page.getByTestId('open-price-add').click();
  await expect(page.getByTestId('cart-line')).toHaveCount(1);
  await expect(page.getByTestId('cart-total')).toHaveText(money(1234));

  await page.keyboard.press('F9');
  await page.getByTestId('pay-cash-amount-input').fill('20.00');
  await page.getByTestId('pay-cash-submit').click();
  await expect(page.getByTestId('receipt-panel')).toHaveAttribute('data-status', 'recorded');
  const receiptNo = (await page.getByTestId('receipt-no').textContent()) ?? '';
  const { items } = await api.call('listSales', { query: { storeId: store.id, limit: 20 } });
  const summary = items.find((sale) => sale.receiptNo === receiptNo);
  if (!summary) throw new Error('the sale is missing');
  const sale = await api.call('getSale', { params: { id: summary.id } });
  expect(sale.lines[0]).toMatchObject({ productId: sweets.id, unitPrice: 1234 });
});
