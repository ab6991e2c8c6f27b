import { formatMoney } from '@kassa/core';
import { expect, test } from '@playwright/test';
import { ownerView, pieceProduct } from './owner-api';
import { openRegister, registerCodeFor, scan } from './register-helpers';

/**
 * The rest of an outage afternoon (issue 4): with the network gone the cashier takes a return of a
 * sale made during the outage, puts change into the drawer, hands over the shift with a blind count,
 * and the next shift opens and sells — all on the register alone. When the network is back, the
 * server gets every one of these facts once, in the order they happened.
 */
test('a return, cash in, a shift close and a new shift, all offline, reach the server in order', async ({
  page,
  context,
}, testInfo) => {
  const view = await ownerView();
  const { store, catalog, api } = view;
  const registerCode = registerCodeFor(testInfo);
  const register = (await api.call('listRegisters', { params: { storeId: store.id } })).items.find(
    (r) => r.code === registerCode,
  );
  if (!register) throw new Error(`no register ${registerCode}`);
  const product = pieceProduct(catalog, registerCode === '01' ? 63 : 64);
  const money = (amount: number) => formatMoney({ amount, currency: store.currency }, 'zh-CN');
  await openRegister(page, store, registerCode);
  const before = await api.call('currentShift', { params: { registerId: register.id } });
  const closedShiftId = before.shift?.id ?? '';
  // The shift may have seen other stories' refunds and cash today: this story adds to its figures.
  const so = (await api.call('shiftReport', { params: { id: closedShiftId } })).summary;
  await page.waitForFunction(async () => {
    const idb = (globalThis as unknown as { indexedDB: { databases(): Promise<{ name?: string }[]> } })
      .indexedDB;
    return (await idb.databases()).some((d) => d.name?.startsWith('kassa-catalog'));
  });

  let receiptNo = '';
  // The refund the register worked out alone: a piece's share of what was paid (after 抹零).
  let refundShown = '';
  await context.setOffline(true);
  try {
    await test.step('a sale made offline is returned by its receipt, from the register alone', async () => {
      for (let i = 0; i < 2; i++) await scan(page, product.barcodes[0]);
      await expect(page.getByTestId('cart-line')).toHaveCount(1);
      await page.getByTestId('pay-button').click();
      await page
        .getByTestId('pay-cash-amount-input')
        .fill(String(Math.ceil((2 * product.price + 1) / 10_000) * 100));
      await page.getByTestId('pay-cash-submit').click();
      await expect(page.getByTestId('receipt-panel')).toHaveAttribute('data-status', 'queued');
      receiptNo = (await page.getByTestId('receipt-no').textContent()) ?? '';

      await page.getByTestId('register-refund').click();
      await page.getByTestId('refund-receipt-input').fill(receiptNo);
      await page.getByTestId('refund-find').click();
      await expect(page.getByTestId('refund-line')).toHaveCount(1, { timeout: 10_000 });
      await page.getByTestId('refund-line-qty').fill('1');
      refundShown = (await page.getByTestId('refund-total').textContent()) ?? '';
      expect(refundShown).not.toBe(money(0));
      await page.getByTestId('refund-confirm').click();
      await expect(page.getByTestId('refund-done-total')).toHaveText(refundShown);
      await expect(page.getByTestId('refund-queued')).toBeVisible();
      await expect(page.getByTestId('refund-tender')).toHaveAttribute('data-kind', 'cash');
      await page.getByTestId('refund-done-close').click();

      // A receipt this register never issued cannot be checked offline: said so, nothing done.
      await page.getByTestId('register-refund').click();
      await page.getByTestId('refund-receipt-input').fill(`${store.code}-99-000001`);
      await page.getByTestId('refund-find').click();
      await expect(page.getByTestId('refund-receipt-error')).toContainText('离线时只能按本收银台', {
        timeout: 10_000,
      });
      await page.keyboard.press('Escape');
    });

    await test.step('change goes into the drawer and the shift is handed over with a blind count', async () => {
      await page.getByTestId('register-shift').click();
      await page.getByTestId('shift-cash-in').click();
      await page.getByTestId('cash_in-amount').fill('20');
      await page.getByTestId('cash_in-reason').fill('换零钱');
      await page.getByTestId('cash_in-submit').click();
      await expect(page.getByTestId('shift-dialog')).toHaveCount(0, { timeout: 10_000 });

      await page.getByTestId('register-shift').click();
      await page.getByTestId('shift-close').click();
      await page.getByTestId('blind-count-10000').fill('5');
      await page.getByTestId('blind-count-submit').click();
      await expect(page.getByTestId('open-shift')).toBeVisible({ timeout: 10_000 });
    });

    await test.step('the next shift opens and sells, still offline; a reload keeps it all', async () => {
      await page.getByTestId('float-count-10000').fill('3');
      await page.getByTestId('float-count-submit').click();
      await expect(page.getByTestId('register')).toBeVisible({ timeout: 10_000 });
      await scan(page, product.barcodes[0]);
      await page.getByTestId('pay-button').click();
      await page
        .getByTestId('pay-cash-amount-input')
        .fill(String(Math.ceil((product.price + 1) / 10_000) * 100));
      await page.getByTestId('pay-cash-submit').click();
      await expect(page.getByTestId('receipt-panel')).toHaveAttribute('data-status', 'queued');
      await page.reload();
      await expect(page.getByTestId('register')).toBeVisible();
      // Sale, refund, cash in, close, open, sale.
      await expect(page.getByTestId('pending-sales')).toHaveAttribute('data-count', '6');
    });
  } finally {
    await context.setOffline(false);
  }

  await test.step('back online, the server has the afternoon as it happened', async () => {
    await expect(page.getByTestId('pending-sales')).toHaveAttribute('data-count', '0', { timeout: 30_000 });
    await page.getByTestId('pending-sales').click();
    await expect(page.getByTestId('sync-rejected')).toHaveCount(0);
    await page.getByTestId('sync-panel-close').click();

    const closed = await api.call('shiftReport', { params: { id: closedShiftId } });
    expect(closed.shift.status).toBe('closed');
    expect(closed.summary.cashIn).toBe(so.cashIn + 2000);
    expect(closed.summary.refunds.count).toBe(so.refunds.count + 1);
    // The server worked out the same refund as the register did alone.
    const refunded = closed.summary.refunds.total - so.refunds.total;
    expect(money(refunded)).toBe(refundShown);
    expect(closed.summary.countedCash).toBe(50_000);

    const { shift } = await api.call('currentShift', { params: { registerId: register.id } });
    expect(shift?.id).not.toBe(closedShiftId);
    expect(shift?.openingFloat).toBe(30_000);
    const sales = await api.call('listSales', {
      query: { storeId: store.id, from: shift?.openedAt ?? 0, limit: 50 },
    });
    expect(sales.items.filter((sale) => sale.registerId === register.id)).toHaveLength(1);
    const found = await api.call('refundableSale', { params: { receiptNo } });
    expect(found.lines[0]).toMatchObject({
      quantity: 2000,
      refundedQuantity: 1000,
      refundedAmount: refunded,
    });
  });
});
