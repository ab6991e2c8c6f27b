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
 * The owner changes a price while the product sits in a cashier's cart. The server refuses the
 * outdated total; the register fetches today's prices, reprices the cart and takes payment again at
 * the new total. Nothing is recorded at the old price and nothing is lost.
 */
test('a price changed mid-sale is taken at the new price after the register reprices', async ({
  page,
}, testInfo) => {
  const view = await ownerView();
  const { store, catalog } = view;
  const money = moneyIn(store);
  const registerCode = registerCodeFor(testInfo);
  const product = pieceProduct(catalog, isPhone(testInfo) ? 21 : 20);
  const oldLine = ticketLine(catalog, product, 2000);
  const oldPriced = priceTicket(Ticket.addLine(Ticket.empty(store.currency), oldLine), pricingOf(store));
  const newPrice = product.price + 100;
  const newPriced = priceTicket(
    Ticket.addLine(Ticket.empty(store.currency), { ...oldLine, unitPrice: newPrice }),
    pricingOf(store),
  );

  await openRegister(page, store, registerCode);
  await scan(page, product.barcodes[0]);
  await scan(page, product.barcodes[0]);
  await expectCart(page, oldPriced);

  await view.api.call('updateProduct', { params: { id: product.id }, body: { price: newPrice } });

  await test.step('paying the old total is refused and the cart takes the new price', async () => {
    await page.getByTestId('pay-button').click();
    await page.getByTestId('pay-cash-exact').click();
    await expect(page.getByTestId('toast').filter({ hasText: zhCN.register.pricesUpdated })).toBeVisible();
    await expectCart(page, newPriced);
    await expect(page.getByTestId('receipt-panel')).toHaveCount(0);
  });

  await test.step('paying again records the sale once, at the new price', async () => {
    await page.getByTestId('pay-button').click();
    await expect(page.getByTestId('pay-due')).toHaveText(money(newPriced.total));
    await page.getByTestId('pay-cash-exact').click();
    await expect(page.getByTestId('receipt-panel')).toHaveAttribute('data-status', 'recorded');
    const receiptNo = (await page.getByTestId('receipt-no').textContent()) ?? '';
    const { items } = await view.api.call('listSales', { query: { storeId: store.id, limit: 50 } });
    const matching = items.filter((s) => s.receiptNo === receiptNo);
    expect(matching).toHaveLength(1);
    const sale = await view.api.call('getSale', { params: { id: matching[0]?.id ?? '' } });
    expect(sale.total).toBe(newPriced.total);
    expect(sale.lines.map((l) => [l.productId, l.quantity, l.unitPrice])).toEqual([
      [product.id, 2000, newPrice],
    ]);
  });
});
