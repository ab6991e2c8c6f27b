import { breakDown, formatMoney } from '@kassa/core';
import { expect, type Page, test } from '@playwright/test';
import { ownerView, pieceProduct } from './owner-api';
import { enrolAsOwner, registerCodeFor, scan } from './register-helpers';

/** Signs `username` in with a PIN on the enrolled register (the shift screen may come next). */
async function pin(page: Page, username: string, code: string): Promise<void> {
  await page.getByTestId('pin-username').fill(username);
  await page.getByTestId('pin-input').fill(code);
  await page.getByTestId('pin-submit').click();
}

async function signOut(page: Page): Promise<void> {
  await page.getByTestId('register-sign-out').click();
  await expect(page.getByTestId('pin-login')).toBeVisible();
}

/**
 * 交班 from start to end of day: the cashier counts the float into the drawer, sells (removing a
 * line before payment), voids an abandoned ticket, puts cash in and takes some out; the manager opens the drawer without a sale, looks at the X report, closes
 * the shift with a blind count that is ¥0.30 short, and takes the Z report. Every figure on screen
 * is checked against what the test computes itself and what the API recorded.
 */
test('a shift: float, sales, voids, cash in and out, no-sale, X report, blind count close, Z report', async ({
  page,
}, testInfo) => {
  const view = await ownerView();
  const { api, store, catalog, registers } = view;
  const registerCode = registerCodeFor(testInfo);
  const register = registers.find((r) => r.code === registerCode);
  if (!register) throw new Error(`register ${registerCode} is missing`);
  const money = (amount: number) => formatMoney({ amount, currency: store.currency }, 'zh-CN');
  const product = pieceProduct(catalog, 7);
  const removed = pieceProduct(catalog, 8);
  const abandoned = pieceProduct(catalog, 9);

  await test.step('arrange: the register starts without an open shift', async () => {
    const { shift } = await api.call('currentShift', { params: { registerId: register.id } });
    if (!shift) return;
    const x = await api.call('shiftReport', { params: { id: shift.id } });
    const count = breakDown(store.currency, x.summary.expectedCash) ?? [];
    await api.call('closeShift', { params: { id: shift.id }, body: { closedAt: Date.now(), count } });
  });

  await enrolAsOwner(page, store, registerCode);

  await test.step('the cashier has to count the float before selling', async () => {
    await pin(page, 'cashier1', '2222');
    await expect(page.getByTestId('open-shift')).toBeVisible();
    await expect(page.getByTestId('register')).toHaveCount(0);
    // A bad count is refused on the spot.
    await page.getByTestId('float-count-10000').fill('1.5');
    await page.getByTestId('float-count-submit').click();
    await expect(page.getByTestId('float-count-error')).toBeVisible();
    // ¥300 + ¥100 + ¥50 + 10 × ¥5 = ¥500.00
    await page.getByTestId('float-count-10000').fill('3');
    await page.getByTestId('float-count-5000').fill('2');
    await page.getByTestId('float-count-1000').fill('5');
    await page.getByTestId('float-count-500').fill('10');
    await expect(page.getByTestId('float-count-total')).toContainText(money(50000));
    await page.screenshot({ path: `docs/screenshots/${testInfo.project.name}-open-shift.png` });
    await page.getByTestId('float-count-submit').click();
    await expect(page.getByTestId('register-cashier')).toBeVisible();
  });

  const due = product.price;
  const handed = Math.ceil(due / 10000) * 10000;
  await test.step('a cash sale in the shift, with a line removed before payment', async () => {
    await scan(page, product.barcodes[0]);
    await scan(page, removed.barcodes[0]);
    await expect(page.getByTestId('cart-line')).toHaveCount(2);
    // Delete removes the selected (last scanned) line; it is recorded as a void, not forgotten.
    await page.keyboard.press('Delete');
    await expect(page.getByTestId('cart-line')).toHaveCount(1);
    await page.getByTestId('pay-button').click();
    await page.getByTestId('pay-cash-amount-input').fill((handed / 100).toFixed(2));
    await page.getByTestId('pay-cash-submit').click();
    await expect(page.getByTestId('receipt-panel')).toHaveAttribute('data-status', 'recorded');
  });

  await test.step('a customer walks away: the whole ticket is voided', async () => {
    await scan(page, abandoned.barcodes[0]);
    await expect(page.getByTestId('cart-line')).toHaveCount(1);
    await page.getByTestId('cart-clear').click();
    await page.getByTestId('clear-confirm').click();
    await expect(page.getByTestId('clear-dialog')).toHaveCount(0);
    await expect(page.getByTestId('cart-empty')).toBeVisible();
  });

  await test.step('cash in ¥100 and cash out ¥50, each with a reason', async () => {
    await page.getByTestId('register-shift').click();
    await expect(page.getByTestId('shift-dialog')).toBeVisible();
    // A cashier may not open the drawer without a sale, nor see the X report (the count is blind).
    await expect(page.getByTestId('shift-no-sale')).toHaveCount(0);
    await expect(page.getByTestId('shift-x-report')).toHaveCount(0);
    await page.getByTestId('shift-cash-in').click();
    await page.getByTestId('cash_in-amount').fill('100');
    await page.getByTestId('cash_in-submit').click();
    await expect(page.getByTestId('cash_in-reason-error')).toBeVisible();
    await page.getByTestId('cash_in-reason').fill('银行换零钱');
    await page.getByTestId('cash_in-submit').click();
    await expect(page.getByTestId('shift-dialog')).toHaveCount(0);
    await page.getByTestId('register-shift').click();
    await page.getByTestId('shift-cash-out').click();
    // More than the drawer holds is refused by the server, with its reason on screen.
    await page.getByTestId('cash_out-amount').fill('99999');
    await page.getByTestId('cash_out-reason').fill('付供应商货款');
    await page.getByTestId('cash_out-submit').click();
    await expect(page.getByTestId('cash_out-error')).toHaveText('钱箱里没有这么多现金。');
    await page.getByTestId('cash_out-amount').fill('50');
    await page.getByTestId('cash_out-submit').click();
    await expect(page.getByTestId('shift-dialog')).toHaveCount(0);
    await signOut(page);
  });

  const { shift } = await api.call('currentShift', { params: { registerId: register.id } });
  if (!shift) throw new Error('the shift is not open');
  const sales = (
    await api.call('listSales', { query: { storeId: store.id, from: shift.openedAt, limit: 50 } })
  ).items;
  const cashApplied = (
    await Promise.all(sales.map((sale) => api.call('getSale', { params: { id: sale.id } })))
  )
    .filter((sale) => sale.registerId === register.id)
    .flatMap((sale) => sale.tenders)
    .filter((tender) => tender.kind === 'cash')
    .reduce((sum, tender) => sum + tender.amount, 0);
  const expectedCash = 50000 + cashApplied + 10000 - 5000;

  await test.step('the manager opens the drawer without a sale and takes an X report', async () => {
    await pin(page, 'manager', '1111');
    await expect(page.getByTestId('register-cashier')).toBeVisible();
    await page.getByTestId('register-shift').click();
    await page.getByTestId('shift-no-sale').click();
    await expect(page.getByTestId('shift-dialog')).toHaveCount(0);
    await page.getByTestId('register-shift').click();
    await page.getByTestId('shift-x-report').click();
    await expect(page.getByTestId('x-report')).toBeVisible();
    await expect(page.getByTestId('x-report-float')).toContainText(money(50000));
    await expect(page.getByTestId('x-report-cash-in')).toContainText(money(10000));
    await expect(page.getByTestId('x-report-no-sales')).toContainText('1');
    await expect(page.getByTestId('x-report-expected')).toContainText(money(expectedCash));
    await page.getByTestId('shift-report-done').click();
  });

  await test.step('the manager closes the shift with a blind count ¥0.30 short', async () => {
    await page.getByTestId('register-shift').click();
    await page.getByTestId('shift-close').click();
    await expect(page.getByTestId('blind-count')).toBeVisible();
    // Blind: nothing on screen tells the counter what the drawer should hold.
    await expect(page.getByTestId('blind-count-total')).toHaveCount(0);
    await expect(page.getByTestId('shift-dialog')).not.toContainText(money(expectedCash));
    for (const line of breakDown(store.currency, expectedCash - 30) ?? []) {
      await page.getByTestId(`blind-count-${line.denomination}`).fill(String(line.count));
    }
    await page.getByTestId('blind-count-submit').click();
    await expect(page.getByTestId('close-report')).toBeVisible();
    await expect(page.getByTestId('close-report-expected')).toContainText(money(expectedCash));
    await expect(page.getByTestId('close-report-counted')).toContainText(money(expectedCash - 30));
    await expect(page.getByTestId('close-report-variance')).toContainText(money(-30));
    await expect(page.getByTestId('close-report-line-voids')).toContainText(money(removed.price));
    await expect(page.getByTestId('close-report-ticket-voids')).toContainText(money(abandoned.price));
    await page.screenshot({ path: `docs/screenshots/${testInfo.project.name}-shift-close.png` });
  });

  await test.step('the Z report ends the day; the register asks for a new shift', async () => {
    await page.getByTestId('take-z-report').click();
    await expect(page.getByTestId('z-report')).toBeVisible();
    const [z] = (await api.call('listZReports', { params: { storeId: store.id } })).items.filter(
      (report) => report.registerId === register.id,
    );
    if (!z) throw new Error('no Z report recorded');
    await expect(page.getByTestId('z-report-sales')).toContainText(String(z.summary.sales.count));
    await expect(page.getByTestId('z-report-variance')).toContainText(money(z.summary.variance ?? 0));
    expect(z.summary.variance).toBeLessThanOrEqual(-30);
    await page.getByTestId('z-report-done').click();
    await expect(page.getByTestId('open-shift')).toBeVisible();
    const closed = await api.call('shiftReport', { params: { id: shift.id } });
    expect(closed.summary).toMatchObject({
      expectedCash,
      countedCash: expectedCash - 30,
      variance: -30,
      noSaleCount: 1,
    });
    expect(closed.shift.zReportId).toBe(z.id);
    const journal = await api.call('verifyJournal', { params: { storeId: store.id } });
    expect(journal.ok).toBe(true);
  });
});
