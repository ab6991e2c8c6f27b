import type { Catalog, Product } from '@kassa/api';
import { type Discount, priceTicket, settle, Ticket } from '@kassa/core';
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

/** The first piece product from the `from`-th on that the category grid shows (≤ 120 per category). */
function gridProduct(catalog: Catalog, from: number): Product & { categoryName: string } {
  for (let n = from; ; n += 1) {
    const product = pieceProduct(catalog, n);
    const category = catalog.categories.find((c) => c.id === product.categoryId);
    const shelf = catalog.products.filter((p) => p.active && p.categoryId === product.categoryId);
    if (category && shelf.indexOf(product) < 120) return { ...product, categoryName: category.name };
  }
}

/**
 * A cashier builds a sale by hand: a false start is cleared, then products come from the search
 * (F2) and the category grid; quantities change with +/− and by typing; a line and the whole sale
 * get discounts; a line goes. The totals on screen are the core's at every step, and the recorded
 * sale carries the same discounts and total.
 */
test('a cashier edits a sale line by line and the totals follow the core', async ({ page }, testInfo) => {
  const view = await ownerView();
  const { store, catalog } = view;
  const money = moneyIn(store);
  const registerCode = registerCodeFor(testInfo);
  const register = view.registers.find((r) => r.code === registerCode);
  if (!register) throw new Error(`register ${registerCode} is missing`);
  const first = isPhone(testInfo) ? 25 : 20;
  const voided = pieceProduct(catalog, first);
  const bySearch = pieceProduct(catalog, first + 1);
  const bySku = pieceProduct(catalog, first + 2);
  const fromGrid = gridProduct(catalog, first + 3);
  const settings = pricingOf(store);
  let ticket = Ticket.empty(store.currency);
  /** Applies the same change to the expected ticket and checks the cart shows its core pricing. */
  const expectAfter = async (change: (t: Ticket) => Ticket) => {
    ticket = change(ticket);
    await expectCart(page, priceTicket(ticket, settings));
  };
  const row = (product: Product) => page.locator(`[data-testid="cart-line"][data-sku="${product.sku}"]`);
  const started = Date.now();

  await openRegister(page, store, registerCode);

  await test.step('a false start is voided after confirming: no sale is recorded', async () => {
    await scan(page, voided.barcodes[0]);
    await expectAfter((t) => Ticket.addLine(t, ticketLine(catalog, voided)));
    await page.getByTestId('cart-clear').click();
    await expect(page.getByTestId('clear-dialog')).toBeVisible();
    await page.getByTestId('clear-confirm').click();
    await expect(page.getByTestId('clear-dialog')).toHaveCount(0);
    await expect(page.getByTestId('cart-empty')).toBeVisible();
    await expectAfter(() => Ticket.empty(store.currency));
  });

  await test.step('F2 searches by name; the product is tapped in the results', async () => {
    await page.keyboard.press('F2');
    await expect(page.getByTestId('product-search')).toBeFocused();
    await page.keyboard.type(bySearch.name);
    await page.locator(`[data-testid="product-button"][data-sku="${bySearch.sku}"]`).click();
    await expect(page.getByTestId('product-search')).toHaveValue('');
    await expectAfter((t) => Ticket.addLine(t, ticketLine(catalog, bySearch)));
  });

  await test.step('a category shows its products in the grid', async () => {
    const category = page.locator(
      `[data-testid="category-button"][data-category="${fromGrid.categoryName}"]`,
    );
    await category.click();
    await expect(category).toHaveAttribute('aria-pressed', 'true');
    await page.locator(`[data-testid="product-button"][data-sku="${fromGrid.sku}"]`).click();
    await expectAfter((t) => Ticket.addLine(t, ticketLine(catalog, fromGrid)));
  });

  await test.step('Enter in the search takes the product with that exact SKU', async () => {
    await page.keyboard.press('F2');
    await page.getByTestId('product-search').fill(bySku.sku);
    await page.getByTestId('product-search').press('Enter');
    await expectAfter((t) => Ticket.addLine(t, ticketLine(catalog, bySku)));
  });

  await test.step('quantities change with the + and − buttons and keys', async () => {
    await row(fromGrid).getByTestId('cart-line-plus').click();
    await row(fromGrid).getByTestId('cart-line-plus').click();
    await expectAfter((t) => Ticket.changeQuantity(t, fromGrid.id, 3000));
    await row(fromGrid).getByTestId('cart-line-minus').click();
    await expectAfter((t) => Ticket.changeQuantity(t, fromGrid.id, 2000));
    // The last line touched is the selected one: + and − on the keyboard act on it.
    await expect(row(fromGrid)).toHaveAttribute('aria-current', 'true');
    await page.keyboard.press('+');
    await page.keyboard.press('+');
    await page.keyboard.press('-');
    await expectAfter((t) => Ticket.changeQuantity(t, fromGrid.id, 3000));
  });

  await test.step('a quantity is typed in the line editor', async () => {
    await row(bySearch).getByTestId('cart-line-edit').click();
    await expect(page.getByTestId('line-dialog')).toBeVisible();
    await page.getByTestId('line-quantity-input').fill('2.5');
    await page.getByTestId('line-dialog-apply').click();
    await expect(page.getByTestId('line-quantity-error')).toHaveText(zhCN.register.line.errors.wholePieces);
    await page.getByTestId('line-quantity-input').fill('4');
    await page.getByTestId('line-dialog-apply').click();
    await expect(page.getByTestId('line-dialog')).toHaveCount(0);
    await expectAfter((t) => Ticket.changeQuantity(t, bySearch.id, 4000));
  });

  // 5% off a line and ¥3 off the sale stay within a cashier's 10% in all (stacked discounts count together).
  await test.step('F6 gives the selected line 5% off', async () => {
    await expect(row(bySearch)).toHaveAttribute('aria-current', 'true');
    await page.keyboard.press('F6');
    await expect(page.getByTestId('line-dialog')).toBeVisible();
    await expect(page.getByTestId('line-quantity-input')).toHaveValue('4');
    await page.getByTestId('line-discount-percent').click();
    await page.getByTestId('line-discount-input').fill('5');
    await page.getByTestId('line-dialog-apply').click();
    await expect(page.getByTestId('line-dialog')).toHaveCount(0);
    const fivePercent: Discount = { kind: 'percent', basisPoints: 500 };
    await expectAfter((t) => Ticket.setLineDiscount(t, bySearch.id, fivePercent));
    const line = priceTicket(ticket, settings).lines.find((l) => l.productId === bySearch.id);
    await expect(row(bySearch).getByTestId('cart-line-discount')).toHaveText(
      `−5% −${money(line?.lineDiscount ?? 0)}`,
    );
  });

  await test.step('F4 takes ¥3 off the whole sale', async () => {
    await page.keyboard.press('F4');
    await expect(page.getByTestId('ticket-discount-dialog')).toBeVisible();
    await page.getByTestId('ticket-discount-amount').click();
    await page.getByTestId('ticket-discount-input').fill('3');
    await page.getByTestId('ticket-discount-apply').click();
    await expect(page.getByTestId('ticket-discount-dialog')).toHaveCount(0);
    await expectAfter((t) => Ticket.setTicketDiscount(t, { kind: 'amount', amount: 300 }));
  });

  await test.step('Delete removes the selected line', async () => {
    await row(bySku).getByTestId('cart-line-qty').click();
    await expect(row(bySku)).toHaveAttribute('aria-current', 'true');
    await page.keyboard.press('Delete');
    await expectAfter((t) => Ticket.removeLine(t, bySku.id));
  });

  await test.step('paid in cash, the recorded sale has the same discounts and total', async () => {
    const priced = priceTicket(ticket, settings);
    const given = Math.ceil((priced.total + 1) / 10_000) * 10_000;
    const settled = settle(priced.total, [{ kind: 'cash', amount: given }], store.cashRounding);
    if (!settled.ok) throw new Error('the sale does not settle');
    await page.keyboard.press('F9');
    await expect(page.getByTestId('pay-due')).toHaveText(money(priced.total));
    await page.getByTestId('pay-cash-amount-input').fill((given / 100).toFixed(2));
    await page.getByTestId('pay-cash-submit').click();
    await expect(page.getByTestId('receipt-panel')).toHaveAttribute('data-status', 'recorded');
    await expect(page.getByTestId('receipt-change')).toHaveText(money(settled.value.change));
    const receiptNo = (await page.getByTestId('receipt-no').textContent()) ?? '';

    const { items } = await view.api.call('listSales', { query: { storeId: store.id, limit: 100 } });
    const ours = items.filter((s) => s.registerId === register.id && s.recordedAt >= started);
    expect(
      ours.map((s) => s.receiptNo),
      'only the paid sale is recorded',
    ).toEqual([receiptNo]);
    const sale = await view.api.call('getSale', { params: { id: ours[0]?.id ?? '' } });
    expect(sale).toMatchObject({
      subtotal: priced.subtotal,
      discountTotal: priced.discountTotal,
      taxTotal: priced.taxTotal,
      total: priced.total,
      cashRounding: settled.value.cashRounding,
      change: settled.value.change,
    });
    expect(sale.lines.map((l) => [l.productId, l.quantity, l.lineDiscount, l.ticketDiscount])).toEqual(
      priced.lines.map((l) => [l.productId, l.quantity, l.lineDiscount, l.ticketDiscount]),
    );
  });
});
