import { formatMoney } from '@kassa/core';
import { expect, test } from '@playwright/test';
import { ownerView, pieceProduct } from './owner-api';
import { enrolAsOwner, pinSignIn, registerCodeFor, scan } from './register-helpers';

/**
 * 挂单: a customer at one register forgot something, so the cashier parks the sale with a note and
 * serves the next customer; the customer comes back and pays at the other register, which finds the
 * ticket in the store's parked list. It is sold exactly once, under the ticket's id.
 */
test('a sale parked at one register is resumed and paid at another', async ({ browser, page }, testInfo) => {
  const view = await ownerView();
  const { api, store, catalog, registers } = view;
  const here = registerCodeFor(testInfo);
  const there = here === '01' ? '02' : '01';
  const money = (amount: number) => formatMoney({ amount, currency: store.currency }, 'zh-CN');
  const [first, second] = [pieceProduct(catalog, 10), pieceProduct(catalog, 11)];
  const note = `红衣阿姨 ${testInfo.project.name}`;

  await enrolAsOwner(page, store, here);
  await pinSignIn(page, 'cashier1', '2222');

  await test.step('the cashier parks a two-item sale with a note; the register is free again', async () => {
    await scan(page, first.barcodes[0]);
    await scan(page, second.barcodes[0]);
    await expect(page.getByTestId('cart-line')).toHaveCount(2);
    await page.keyboard.press('F7');
    await expect(page.getByTestId('park-dialog')).toBeVisible();
    await page.getByTestId('park-note').fill(note);
    await page.getByTestId('park-confirm').click();
    await expect(page.getByTestId('park-dialog')).toHaveCount(0);
    await expect(page.getByTestId('cart-empty')).toBeVisible();
    await expect(page.getByTestId('cart-resume')).toBeVisible();
  });

  const other = await browser.newContext();
  const till = await other.newPage();
  try {
    await test.step('at the other register the ticket is in the parked list, and comes back whole', async () => {
      await enrolAsOwner(till, store, there);
      await pinSignIn(till, 'cashier2', '3333');
      await till.getByTestId('cart-resume').click();
      const ticket = till.locator(`[data-testid="parked-ticket"][data-note="${note}"]`);
      await expect(ticket).toContainText(money(first.price + second.price));
      await ticket.click();
      await expect(till.getByTestId('parked-dialog')).toHaveCount(0);
      await expect(till.getByTestId('cart-line')).toHaveCount(2);
      await expect(till.getByTestId('cart-total')).toHaveText(money(first.price + second.price));
    });

    await test.step('it is no longer parked anywhere', async () => {
      const parked = await api.call('listParkedTickets', { params: { storeId: store.id } });
      expect(parked.items.filter((t) => t.note === note)).toEqual([]);
      await page.getByTestId('cart-resume').click();
      await expect(page.locator(`[data-testid="parked-ticket"][data-note="${note}"]`)).toHaveCount(0);
      await page.keyboard.press('Escape');
    });

    await test.step('the customer pays there; the sale is recorded once, at that register', async () => {
      const total = first.price + second.price;
      await till.getByTestId('pay-button').click();
      await till.getByTestId('pay-cash-amount-input').fill((Math.ceil(total / 10000) * 100).toFixed(2));
      await till.getByTestId('pay-cash-submit').click();
      await expect(till.getByTestId('receipt-panel')).toHaveAttribute('data-status', 'recorded');
      const receiptNo = (await till.getByTestId('receipt-no').textContent()) ?? '';
      expect(receiptNo).toMatch(new RegExp(`^${store.code}-${there}-\\d{6}$`));
      const { items } = await api.call('listSales', { query: { storeId: store.id, limit: 20 } });
      const sold = items.filter((sale) => sale.receiptNo === receiptNo);
      expect(sold).toHaveLength(1);
      expect(sold[0]).toMatchObject({
        registerId: registers.find((r) => r.code === there)?.id,
        total,
        lineCount: 2,
      });
    });
  } finally {
    await other.close();
  }
});
