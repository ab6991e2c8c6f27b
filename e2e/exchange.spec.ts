import { formatMoney } from '@kassa/core';
import { expect, test } from '@playwright/test';
import { ownerView, pieceProduct } from './owner-api';
import { openRegister, registerCodeFor, scan } from './register-helpers';

/**
 * 换货: a customer brings an item back with the receipt and takes another instead. The refund's cash
 * is not handed over: it pays for the replacement, and the cashier takes only the difference.
 */
test('an exchange: the returned item’s cash pays for the replacement, the customer pays the difference', async ({
  page,
}, testInfo) => {
  const view = await ownerView();
  const { store, catalog } = view;
  const money = (amount: number) => formatMoney({ amount, currency: store.currency }, 'zh-CN');
  const phone = testInfo.project.name === 'phone';
  const [returned, replacement] = [
    pieceProduct(catalog, phone ? 46 : 44),
    pieceProduct(catalog, phone ? 47 : 45),
  ];
  await openRegister(page, store, registerCodeFor(testInfo));

  let receiptNo = '';
  await test.step('the first item is sold for cash', async () => {
    await scan(page, returned.barcodes[0]);
    await page.keyboard.press('F9');
    await page.getByTestId('pay-cash-exact').click();
    await expect(page.getByTestId('receipt-panel')).toHaveAttribute('data-status', 'recorded');
    receiptNo = (await page.getByTestId('receipt-no').textContent()) ?? '';
  });

  let credit = 0;
  await test.step('it comes back by receipt, and the refund is kept for the exchange', async () => {
    await page.getByTestId('register-refund').click();
    await page.getByTestId('refund-receipt-input').fill(receiptNo);
    await page.getByTestId('refund-find').click();
    await page.getByTestId('refund-line-qty').fill('1');
    await page.getByTestId('refund-confirm').click();
    const total = (await page.getByTestId('refund-done-total').textContent()) ?? '';
    credit = Math.round(Number(total.replace(/[^\d.]/g, '')) * 100);
    await page.getByTestId('refund-exchange').click();
    await expect(page.getByTestId('refund-dialog')).toBeHidden();
    await expect(page.getByTestId('exchange-credit')).toContainText(money(credit));
  });

  await test.step('the replacement is paid with that cash plus the difference', async () => {
    if (phone) await page.getByTestId('scan-input').click();
    await page.keyboard.press('Enter'); // next sale
    await scan(page, replacement.barcodes[0]);
    await page.keyboard.press('F9');
    await expect(page.getByTestId('pay-exchange-credit')).toContainText(money(credit));
    await expect(page.getByTestId('pay-tender')).toHaveCount(1);
    // Dearer: the customer hands over the difference. Cheaper: the sale is covered, the rest is change.
    if (replacement.price > credit) await page.getByTestId('pay-cash-exact').click();
    else await page.getByTestId('pay-complete').click();
    await expect(page.getByTestId('receipt-panel')).toHaveAttribute('data-status', 'recorded');
    await expect(page.getByTestId('exchange-credit')).toHaveCount(0);
    const no = (await page.getByTestId('receipt-no').textContent()) ?? '';
    const { items } = await view.api.call('listSales', { query: { storeId: store.id, limit: 20 } });
    const sale = await view.api.call('getSale', {
      params: { id: items.find((s) => s.receiptNo === no)?.id ?? '' },
    });
    // The first cash tender is the returned item's cash; a second, what the customer handed over.
    expect(sale.tenders[0]).toMatchObject({ kind: 'cash', tendered: credit });
    expect(sale.tenders.reduce((sum, t) => sum + t.amount, 0)).toBe(sale.dueAfterRounding);
    expect(sale.change).toBe(Math.max(0, credit - sale.dueAfterRounding));
  });
});
