import type { Catalog, Product } from '@kassa/api';
import { priceTicket, Ticket } from '@kassa/core';
import { expect, type Page, test } from '@playwright/test';
import { interpolate, zhCN } from './messages';
import { ownerView, pieceProduct, weighedProduct } from './owner-api';
import {
  enrolAsOwner,
  expectCart,
  isPhone,
  pinSignIn,
  pricingOf,
  registerCodeFor,
  scan,
  ticketLine,
} from './register-helpers';

const texts = zhCN.register.quickKeys;

/** The name of `product`'s category, checked to be on the category grid (at most 120 per shelf). */
function categoryOf(catalog: Catalog, product: Product): string {
  const category = catalog.categories.find((c) => c.id === product.categoryId);
  const shelf = catalog.products.filter((p) => p.active && p.categoryId === product.categoryId);
  if (!category || shelf.indexOf(product) >= 120) throw new Error(`${product.sku} is not on a category grid`);
  return category.name;
}

/** The SKUs of the favourite keys on screen, in order. */
async function keySkus(page: Page): Promise<(string | null)[]> {
  const keys = page.getByTestId('quick-key');
  return Promise.all((await keys.all()).map((key) => key.getAttribute('data-sku')));
}

/**
 * 常用商品 and PLU 码: a manager changes the register's favourites at the register (a change is
 * cancelled first; then a product from the search, one from a category, one reordered, one removed),
 * a cashier finds them first after a reload, adds by tapping a key and by Alt+1, and rings up loose
 * produce by typing its PLU. The favourites stay on screen when the server cannot be reached.
 */
test('a manager edits the favourites; a cashier adds from them, by Alt+1 and by PLU', async ({
  page,
}, testInfo) => {
  const view = await ownerView();
  const { api, store, catalog } = view;
  const registerCode = registerCodeFor(testInfo);
  const register = view.registers.find((r) => r.code === registerCode);
  if (!register) throw new Error(`register ${registerCode} is missing`);
  const first = isPhone(testInfo) ? 52 : 48;
  const [labelled, bySearch, fromCategory, dropped] = [0, 1, 2, 3].map((n) =>
    pieceProduct(catalog, first + n),
  );
  if (!labelled || !bySearch || !fromCategory || !dropped) throw new Error('too few piece products');
  const loose = weighedProduct(catalog, isPhone(testInfo) ? 11 : 10);
  const label = `测试键 ${first}`;
  const key = (product: Product) => page.locator(`[data-testid="quick-key"][data-sku="${product.sku}"]`);
  /** A key's button while editing, by its accessible name: the key's label, or its product's name. */
  const button = (template: string, name: string) =>
    page.getByRole('button', { name: interpolate(template, { name }), exact: true });
  const count = (n: number) => interpolate(texts.hint, { count: n, limit: 48 });
  const addWhileEditing = async (product: Product) => {
    await page.getByTestId('product-search').fill(product.name);
    await page.locator(`[data-testid="product-button"][data-sku="${product.sku}"]`).click();
    await expect(page.getByTestId('product-search')).toHaveValue('');
  };

  const demoKeys = await api.call('quickKeys', { params: { registerId: register.id } });

  try {
    await test.step('arrange: the register has one favourite, with its own label and colour', async () => {
      await api.call('setQuickKeys', {
        params: { registerId: register.id },
        body: { keys: [{ productId: labelled.id, label, color: '#0090ff' }] },
      });
      await enrolAsOwner(page, store, registerCode);
      await pinSignIn(page, 'manager', '1111');
      await expect(page.getByTestId('favourites-tab')).toHaveAttribute('aria-pressed', 'true');
      await expect(key(labelled)).toContainText(label);
    });

    await test.step('a change is cancelled: the favourites stay as they were', async () => {
      await page.getByTestId('quick-keys-edit').click();
      await expect(page.getByTestId('quick-keys-count')).toHaveText(count(1));
      await button(texts.remove, label).click();
      await expect(page.getByTestId('quick-key')).toHaveCount(0);
      await page.getByTestId('quick-keys-cancel').click();
      await expect(page.getByTestId('quick-keys-editing')).toHaveCount(0);
      await expect.poll(() => keySkus(page)).toEqual([labelled.sku]);
    });

    await test.step('the manager adds from the search and a category, reorders, removes and saves', async () => {
      await page.getByTestId('quick-keys-edit').click();
      await addWhileEditing(bySearch);
      await expect(page.getByTestId('quick-keys-count')).toHaveText(count(2));
      // A product is a favourite once: tapping it again says so and adds nothing.
      await addWhileEditing(bySearch);
      await expect(
        page.getByTestId('toast').filter({ hasText: interpolate(texts.already, { name: bySearch.name }) }),
      ).toBeVisible();
      await expect(page.getByTestId('quick-keys-count')).toHaveText(count(2));
      await page
        .locator(`[data-testid="category-button"][data-category="${categoryOf(catalog, fromCategory)}"]`)
        .click();
      await page.locator(`[data-testid="product-button"][data-sku="${fromCategory.sku}"]`).click();
      await addWhileEditing(dropped);
      await expect(page.getByTestId('quick-keys-count')).toHaveText(count(4));
      // Editing adds nothing to the sale.
      await expect(page.getByTestId('cart-line')).toHaveCount(0);

      await page.getByTestId('favourites-tab').click();
      await expect
        .poll(() => keySkus(page))
        .toEqual([labelled.sku, bySearch.sku, fromCategory.sku, dropped.sku]);
      await button(texts.remove, dropped.name).click();
      await button(texts.moveLeft, fromCategory.name).click();
      await expect.poll(() => keySkus(page)).toEqual([labelled.sku, fromCategory.sku, bySearch.sku]);
      await page.getByTestId('quick-keys-save').click();
      await expect(page.getByTestId('toast').filter({ hasText: texts.saved })).toBeVisible();
      await expect(page.getByTestId('quick-keys-editing')).toHaveCount(0);
      const saved = await api.call('quickKeys', { params: { registerId: register.id } });
      expect(saved.keys).toEqual([
        { productId: labelled.id, label, color: '#0090ff' },
        { productId: fromCategory.id, label: null, color: null },
        { productId: bySearch.id, label: null, color: null },
      ]);
    });

    await test.step('after a reload a cashier finds the favourites first, in that order', async () => {
      await page.getByTestId('register-sign-out').click();
      await expect(page.getByTestId('pin-login')).toBeVisible();
      await page.reload();
      await pinSignIn(page, 'cashier1', '2222');
      await expect(page.getByTestId('favourites-tab')).toHaveAttribute('aria-pressed', 'true');
      await expect.poll(() => keySkus(page)).toEqual([labelled.sku, fromCategory.sku, bySearch.sku]);
      await expect(key(labelled)).toHaveCSS('border-top-color', 'rgb(0, 144, 255)');
      await expect(key(labelled)).toHaveAttribute('aria-keyshortcuts', 'Alt+1');
      // The cashier may not change them.
      await expect(page.getByTestId('quick-keys-edit')).toHaveCount(0);
    });

    await test.step('a tap and Alt+1 add their products; a typed PLU adds loose produce by weight', async () => {
      await key(bySearch).click();
      await page.keyboard.press('Alt+1');
      const unknownPlu = '99999';
      expect(catalog.products.some((p) => p.plu === unknownPlu)).toBe(false);
      await scan(page, unknownPlu);
      await expect(page.getByTestId('scan-error')).toHaveText(
        interpolate(zhCN.register.scan.errors.plu_not_found, { code: unknownPlu }),
      );
      await scan(page, loose.plu);
      await expect(page.getByTestId('line-dialog')).toBeVisible();
      await page.getByTestId('line-quantity-input').fill('0.5');
      await page.getByTestId('line-dialog-apply').click();
      await expect(page.getByTestId('line-dialog')).toHaveCount(0);
      let ticket = Ticket.empty(store.currency);
      for (const [product, quantity] of [
        [bySearch, 1000],
        [labelled, 1000],
        [loose, 500],
      ] as const) {
        ticket = Ticket.addLine(ticket, ticketLine(catalog, product, quantity));
      }
      await expectCart(page, priceTicket(ticket, pricingOf(store)));
    });

    await test.step('without the server the favourites kept in the browser still show', async () => {
      await page.route('**/api/v1/registers/*/quick-keys', (route) => route.abort());
      await page.reload();
      await expect(page.getByTestId('register')).toBeVisible();
      await expect.poll(() => keySkus(page)).toEqual([labelled.sku, fromCategory.sku, bySearch.sku]);
      await expect(key(labelled)).toContainText(label);
    });
  } finally {
    // The stories after this one (and their screenshots) find the register as the demo set it up.
    await api.call('setQuickKeys', { params: { registerId: register.id }, body: demoKeys });
  }
});
