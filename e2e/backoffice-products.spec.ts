import type { ApiClient } from '@kassa/api';
import { gtinCheckDigit, priceTicket, Ticket } from '@kassa/core';
import { expect, test } from '@playwright/test';
import { E2E } from './e2e-env';
import { interpolate, zhCN } from './messages';
import { ownerView } from './owner-api';
import {
  expectCart,
  isPhone,
  moneyIn,
  openRegister,
  pricingOf,
  registerCodeFor,
  scan,
  signInWithPassword,
  ticketLine,
} from './register-helpers';

async function productsWithSku(api: ApiClient, sku: string) {
  const { items } = await api.call('listProducts', { query: { q: sku, includeInactive: 'true', limit: 50 } });
  return items.filter((p) => p.sku === sku);
}

/**
 * The owner adds a product in the back office: typing mistakes are caught field by field and nothing
 * is saved until the form is right; then the price changes. A register that was already open reloads
 * its catalogue and sells the new product at the new price.
 */
test('the owner creates and reprices a product that a register then sells', async ({
  page,
  browser,
}, testInfo) => {
  const view = await ownerView();
  const { store, catalog } = view;
  const money = moneyIn(store);
  const errors = zhCN.product.errors;
  const unique = `${isPhone(testInfo) ? 'P' : 'D'}${Date.now().toString(36).toUpperCase()}`;
  const sku = `E2E-${unique}`;
  const name = `蜜桃乌龙茶 ${unique.toLowerCase()}`;
  // A unique GS1 prefix (45: not the demo's 69x, not the 2x of in-store scale labels).
  const body = `45${isPhone(testInfo) ? 1 : 0}${String(Date.now()).slice(-9)}`;
  const barcode = `${body}${gtinCheckDigit(body)}`;
  const wrongBarcode = `${body}${(gtinCheckDigit(body) + 1) % 10}`;
  const category = catalog.categories[1] ?? catalog.categories[0];
  const reduced = catalog.taxClasses.find((t) => t.ratePpm === 90_000);
  if (!category || !reduced) throw new Error('the demo store lacks categories or the 9% tax class');

  // The till is open before the product exists: its catalogue is the old one.
  const register = page;
  await test.step('a register is open with a cashier signed in', async () => {
    await openRegister(register, store, registerCodeFor(testInfo));
  });

  const office = await (await browser.newContext()).newPage();
  try {
    await test.step('the owner opens the new product form in the back office', async () => {
      await signInWithPassword(office, 'owner', E2E.ownerPassword);
      await office.getByTestId('nav-products').click();
      await expect(office.getByTestId('products-page')).toBeVisible();
      await office.getByTestId('product-new').click();
      await expect(office.getByTestId('product-form')).toBeVisible();
    });

    await test.step('bad input shows field errors and saves nothing', async () => {
      await office.getByTestId('product-sku-input').fill(sku);
      await office.getByTestId('product-category-input').selectOption(category.id);
      await office.getByTestId('product-price-input').fill('1,5');
      await office.getByTestId('product-tax-class-input').selectOption(reduced.id);
      await office.getByTestId('product-barcode-input').first().fill(wrongBarcode);
      await office.getByTestId('product-save').click();
      await expect(office.getByTestId('product-form-error')).toHaveText(errors.fix);
      await expect(office.getByTestId('product-name-error')).toHaveText(errors.required);
      await expect(office.getByTestId('product-price-error')).toHaveText(errors.money_ambiguous_separator);
      await expect(office.getByTestId('product-barcodes-error')).toHaveText(
        interpolate(errors.barcode_bad_check_digit, { row: 1, code: wrongBarcode }),
      );
      await expect(office.getByTestId('product-sku-error')).toHaveCount(0);

      await office.getByTestId('product-price-input').fill('abc');
      await office.getByTestId('product-save').click();
      await expect(office.getByTestId('product-price-error')).toHaveText(errors.money_not_a_number);
      await expect(office.getByTestId('product-edit-page')).toBeVisible();
      expect(await productsWithSku(view.api, sku)).toHaveLength(0);
    });

    await test.step('a SKU another product has is refused by the server, under its field', async () => {
      const taken = catalog.products[0];
      if (!taken) throw new Error('the demo catalogue is empty');
      await office.getByTestId('product-sku-input').fill(taken.sku);
      await office.getByTestId('product-name-input').fill(name);
      await office.getByTestId('product-price-input').fill('12.50');
      await office.getByTestId('product-barcode-input').first().fill(barcode);
      await office.getByTestId('product-save').click();
      await expect(office.getByTestId('product-sku-error')).toHaveText(zhCN.errors.sku_taken);
      await expect(office.getByTestId('product-form-error')).toHaveText(zhCN.errors.sku_taken);
      await expect(office.getByTestId('product-name-error')).toHaveCount(0);
      await expect(office.getByTestId('product-price-error')).toHaveCount(0);
      await expect(office.getByTestId('product-save')).toBeEnabled();
      const named = await view.api.call('listProducts', { query: { q: name, includeInactive: 'true' } });
      expect(named.items).toHaveLength(0);
    });

    await test.step('the corrected form saves the product with what was typed', async () => {
      await office.getByTestId('product-sku-input').fill(sku);
      await office.getByTestId('product-save').click();
      await expect(office.getByTestId('toast')).toHaveText(zhCN.product.saved);
      await expect(office.getByTestId('products-page')).toBeVisible();
      const saved = await productsWithSku(view.api, sku);
      expect(saved).toHaveLength(1);
      expect(saved[0]).toMatchObject({
        name,
        price: 1250,
        unit: 'piece',
        categoryId: category.id,
        taxClassId: reduced.id,
        barcodes: [barcode],
        active: true,
      });
    });

    const rows = office.getByTestId('product-row');
    const ours = office.locator(`[data-testid="product-row"][data-sku="${sku}"]`);
    await test.step('the product list finds it by name and by SKU', async () => {
      await office.getByTestId('products-search').fill(name);
      await expect(rows).toHaveCount(1);
      await expect(ours).toContainText(name);
      await expect(ours).toContainText(money(1250));
      await office.getByTestId('products-search').fill(sku);
      await expect(rows).toHaveCount(1);
      await expect(ours).toContainText(name);
    });

    await test.step('the owner changes the price', async () => {
      await ours.getByTestId('product-row-link').click();
      await expect(office.getByTestId('product-price-input')).toHaveValue('12.50');
      await expect(office.getByTestId('product-barcode-input').first()).toHaveValue(barcode);
      await office.getByTestId('product-price-input').fill('13.80');
      await office.getByTestId('product-save').click();
      await expect(office.getByTestId('products-page')).toBeVisible();
      await office.getByTestId('products-search').fill(sku);
      await expect(rows).toHaveCount(1);
      await expect(ours).toContainText(money(1380));
      const saved = await productsWithSku(view.api, sku);
      expect(saved[0]).toMatchObject({ price: 1380, barcodes: [barcode], taxClassId: reduced.id });
    });
  } finally {
    await office.context().close();
  }

  await test.step('the register reloads its catalogue and sells the product at the new price', async () => {
    const [product] = await productsWithSku(view.api, sku);
    if (!product) throw new Error('the product is gone');
    const priced = priceTicket(
      Ticket.addLine(Ticket.empty(store.currency), ticketLine(catalog, product)),
      pricingOf(store),
    );
    await register.getByTestId('register-reload-catalog').click();
    await expect(register.getByTestId('register')).toBeVisible();
    await expect(register.getByTestId('cart-empty')).toBeVisible();
    await scan(register, barcode);
    await expect(register.getByTestId('scan-error')).toBeHidden();
    const line = register.locator(`[data-testid="cart-line"][data-sku="${sku}"]`);
    await expect(line.getByTestId('cart-line-price')).toHaveText(money(1380));
    await expectCart(register, priced);

    await register.getByTestId('pay-button').click();
    await register.getByTestId('pay-cash-exact').click();
    await expect(register.getByTestId('receipt-panel')).toHaveAttribute('data-status', 'recorded');
    const receiptNo = (await register.getByTestId('receipt-no').textContent()) ?? '';
    const { items } = await view.api.call('listSales', { query: { storeId: store.id, limit: 50 } });
    const summary = items.find((s) => s.receiptNo === receiptNo);
    const sale = await view.api.call('getSale', { params: { id: summary?.id ?? '' } });
    expect(sale.lines.map((l) => [l.productId, l.unitPrice, l.barcode, l.taxRatePpm])).toEqual([
      [product.id, 1380, barcode, reduced.ratePpm],
    ]);
    expect(sale.total).toBe(priced.total);
  });
});
