import { breakDown } from '@kassa/core';
import { expect, test } from '@playwright/test';
import { ownerView, pieceProduct } from './owner-api';
import { openRegister, pinSignIn, registerCodeFor, scan } from './register-helpers';

const MINUTE = 60_000;

/** 'HH:MM' on the store's wall clock (Asia/Shanghai in the demo) at `at`. */
function wallTime(at: number, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(at);
}

/**
 * Automatic handover (自动交班): the register's handover time comes while the cashier is ringing
 * up a ticket. The register waits for the sale to finish, then asks; the cashier puts it off ten
 * minutes, then counts the drawer blind, the shift closes and the next cashier signs in with their
 * own PIN and opens their own shift. The page's clock is moved forward, not waited for.
 */
test('at the handover time the register asks for a handover after the current sale, and the next cashier takes over', async ({
  page,
}, testInfo) => {
  const { store, catalog, registers, api } = await ownerView();
  const register = registers.find((r) => r.code === registerCodeFor(testInfo));
  if (!register) throw new Error('no register');
  const product = pieceProduct(catalog, 57);
  await test.step('arrange: the register starts without an open shift', async () => {
    const { shift } = await api.call('currentShift', { params: { registerId: register.id } });
    if (!shift) return;
    const x = await api.call('shiftReport', { params: { id: shift.id } });
    const count = breakDown(store.currency, x.summary.expectedCash) ?? [];
    await api.call('closeShift', { params: { id: shift.id }, body: { closedAt: Date.now(), count } });
  });
  // The page's clock starts an hour and a half back and is moved forward 53 minutes in all, so
  // everything this story records (its sale, the close, the next shift) is stamped in the past:
  // other stories that look at sales since now are not disturbed.
  const start = Date.now() - 90 * MINUTE;
  // 40 minutes into the shift: a handover time within 30 minutes of the opening would be skipped.
  const time = wallTime(start + 40 * MINUTE, store.timeZone);
  await api.call('setRegisterHandover', { params: { registerId: register.id }, body: { times: [time] } });
  // Nothing may show in this long: long enough for a prompt that was going to show to be there.
  const settle = () => page.waitForTimeout(500);
  try {
    await page.clock.install({ time: start });
    await openRegister(page, store, register.code);

    await test.step('the time comes during a sale: the sale is never interrupted', async () => {
      await scan(page, product.barcodes[0]);
      await expect(page.getByTestId('cart-line')).toHaveCount(1);
      await page.clock.fastForward(41 * MINUTE);
      await settle();
      await expect(page.getByTestId('handover-prompt')).toBeHidden();
      await page.keyboard.press('F9');
      await page
        .getByTestId('pay-cash-amount-input')
        .fill((Math.ceil(product.price / 10000) * 100).toFixed(2));
      await page.getByTestId('pay-cash-submit').click();
      await expect(page.getByTestId('receipt-panel')).toHaveAttribute('data-status', 'recorded');
      // A minute for the change and the receipt, then the register asks.
      await settle();
      await expect(page.getByTestId('handover-prompt')).toBeHidden();
      await page.clock.fastForward(61_000);
      await expect(page.getByTestId('handover-prompt')).toBeVisible();
      await expect(page.getByTestId('handover-due')).toContainText(time);
    });

    await test.step('the cashier puts it off; ten minutes later the register asks again', async () => {
      await page.getByTestId('handover-later').click();
      await expect(page.getByTestId('handover-prompt')).toBeHidden();
      await page.clock.fastForward(5 * MINUTE);
      await settle();
      await expect(page.getByTestId('handover-prompt')).toBeHidden();
      await page.clock.fastForward(6 * MINUTE);
      await expect(page.getByTestId('handover-prompt')).toBeVisible();
    });

    await test.step('the cashier counts blind; the shift closes and the register waits for the next PIN', async () => {
      await page.getByTestId('handover-start').click();
      await expect(page.getByTestId('blind-count')).toBeVisible();
      await expect(page.getByTestId('blind-count-total')).toHaveCount(0);
      await page.getByTestId('blind-count-10000').fill('5');
      await page.getByTestId('blind-count-submit').click();
      await expect(page.getByTestId('close-report')).toBeVisible();
      await page.getByTestId('shift-report-done').click();
      await expect(page.getByTestId('pin-login')).toBeVisible();
      const shift = await api.call('currentShift', { params: { registerId: register.id } });
      expect(shift.shift).toBeNull();
    });

    await test.step('the next cashier signs in and opens their own shift', async () => {
      await pinSignIn(page, 'cashier2', '3333');
      await expect(page.getByTestId('register-cashier')).toHaveText('张伟');
      const shift = await api.call('currentShift', { params: { registerId: register.id } });
      expect(shift.shift?.openedByName).toBe('张伟');
      // The new shift opened after today's handover time: no prompt until tomorrow's.
      await settle();
      await expect(page.getByTestId('handover-prompt')).toBeHidden();
    });
  } finally {
    await api.call('setRegisterHandover', { params: { registerId: register.id }, body: { times: [] } });
  }
});
