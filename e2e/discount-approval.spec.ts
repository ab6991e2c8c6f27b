import { type Discount, formatMoney, priceTicket, settle, Ticket } from '@kassa/core';
import { expect, test } from '@playwright/test';
import { ownerView, pieceProduct } from './owner-api';
import { openRegister, pricingOf, registerCodeFor, scan, ticketLine } from './register-helpers';

/**
 * A cashier may take up to 10% off on their own. 20% off the sale needs the manager: a wrong PIN
 * approves nothing, the right one approves that discount once, and the sale goes through with it.
 */
test('a discount beyond the cashier’s limit is approved by the manager’s PIN', async ({ page }, testInfo) => {
  const view = await ownerView();
  const { store, catalog } = view;
  const money = (amount: number) => formatMoney({ amount, currency: store.currency }, 'zh-CN');
  const product = pieceProduct(catalog, 13);
  await openRegister(page, store, registerCodeFor(testInfo));

  const twenty: Discount = { kind: 'percent', basisPoints: 2000 };
  const ticket = Ticket.setTicketDiscount(
    Ticket.addLine(
      Ticket.addLine(Ticket.empty(store.currency), ticketLine(catalog, product)),
      ticketLine(catalog, product),
    ),
    twenty,
  );
  const priced = priceTicket(ticket, pricingOf(store));

  await test.step('20% off the sale asks for a manager', async () => {
    await scan(page, product.barcodes[0]);
    await scan(page, product.barcodes[0]);
    await page.keyboard.press('F4');
    await page.getByTestId('ticket-discount-input').fill('20');
    await page.getByTestId('ticket-discount-apply').click();
    await expect(page.getByTestId('approval-dialog')).toBeVisible();
    await expect(page.getByTestId('approval-reason')).toContainText('20%');
    await expect(page.getByTestId('approval-reason')).toContainText('10%');
  });

  await test.step('a wrong PIN approves nothing', async () => {
    await page.getByTestId('approval-username').fill('manager');
    await page.getByTestId('approval-pin').fill('9999');
    await page.getByTestId('approval-submit').click();
    await expect(page.getByTestId('approval-error')).toHaveText('用户名或 PIN 码错误。');
  });

  await test.step('closing the prompt keeps the discount, but paying asks again', async () => {
    await page.getByTestId('approval-dialog-close').click();
    await expect(page.getByTestId('cart-total')).toHaveText(money(priced.total));
    await page.keyboard.press('F9');
    await expect(page.getByTestId('approval-dialog')).toBeVisible();
  });

  await test.step('the manager’s PIN approves it and payment goes on', async () => {
    await page.getByTestId('approval-username').fill('manager');
    await page.getByTestId('approval-pin').fill('1111');
    await page.getByTestId('approval-submit').click();
    await expect(page.getByTestId('approval-dialog')).toHaveCount(0);
    await expect(page.getByTestId('pay-due')).toHaveText(money(priced.total));
    const handed = Math.ceil(priced.total / 10000) * 10000;
    const settled = settle(priced.total, [{ kind: 'cash', amount: handed }], store.cashRounding);
    if (!settled.ok) throw new Error('the payment does not settle');
    await page.getByTestId('pay-cash-amount-input').fill((handed / 100).toFixed(2));
    await page.getByTestId('pay-cash-submit').click();
    await expect(page.getByTestId('receipt-panel')).toHaveAttribute('data-status', 'recorded');
    await expect(page.getByTestId('receipt-change')).toHaveText(money(settled.value.change));
  });

  await test.step('the sale carries the discount', async () => {
    const receiptNo = (await page.getByTestId('receipt-no').textContent()) ?? '';
    const { items } = await view.api.call('listSales', { query: { storeId: store.id, limit: 20 } });
    expect(items.find((sale) => sale.receiptNo === receiptNo)).toMatchObject({
      total: priced.total,
      discountTotal: priced.discountTotal,
    });
  });
});

test('a price override (改价) below the limit needs the manager, and the sale keeps the catalogue price', async ({
  page,
}, testInfo) => {
  const view = await ownerView();
  const { store, catalog } = view;
  const money = (amount: number) => formatMoney({ amount, currency: store.currency }, 'zh-CN');
  const product = pieceProduct(catalog, 14);
  const charged = Math.floor((product.price * 7) / 10); // 30% off the shelf price
  await openRegister(page, store, registerCodeFor(testInfo));

  await scan(page, product.barcodes[0]);
  await page.keyboard.press('F6');
  await page.getByTestId('line-price-input').fill((charged / 100).toFixed(2));
  await page.getByTestId('line-dialog-apply').click();
  await expect(page.getByTestId('approval-dialog')).toBeVisible();
  await page.getByTestId('approval-username').fill('manager');
  await page.getByTestId('approval-pin').fill('1111');
  await page.getByTestId('approval-submit').click();
  await expect(page.getByTestId('approval-dialog')).toHaveCount(0);
  await expect(page.getByTestId('cart-line-list-price')).toHaveText(money(product.price));
  await expect(page.getByTestId('cart-total')).toHaveText(money(charged));

  await page.keyboard.press('F9');
  await expect(page.getByTestId('pay-due')).toHaveText(money(charged));
  await page.getByTestId('pay-cash-amount-input').fill((Math.ceil(charged / 10000) * 100).toFixed(2));
  await page.getByTestId('pay-cash-submit').click();
  await expect(page.getByTestId('receipt-panel')).toHaveAttribute('data-status', 'recorded');
  const receiptNo = (await page.getByTestId('receipt-no').textContent()) ?? '';
  const { items } = await view.api.call('listSales', { query: { storeId: store.id, limit: 20 } });
  const summary = items.find((sale) => sale.receiptNo === receiptNo);
  if (!summary) throw new Error('the sale is missing');
  const sale = await view.api.call('getSale', { params: { id: summary.id } });
  expect(sale.lines[0]).toMatchObject({ unitPrice: charged, listPrice: product.price });
});
