import { expect, type Page, test } from '@playwright/test';
import { ownerView, pieceProduct } from './owner-api';
import { isPhone, moneyIn, openRegister, registerCodeFor, scan } from './register-helpers';

/** What the register keeps of the store's catalogue in IndexedDB, and one product of it. */
type Stored = { cursor: string | null; complete: boolean; products: number; price: number | null };

// Plain JavaScript, run in the page (the e2e tsconfig has no DOM types). Opens the database the
// register made without creating one, and answers null when there is none.
const readStored = (page: Page, storeId: string, productId: string) =>
  page.evaluate<Stored | null>(`new Promise((resolve, reject) => {
    const ask = (request) => new Promise((done, fail) => {
      request.onsuccess = () => done(request.result);
      request.onerror = () => fail(request.error);
    });
    indexedDB.databases().then((dbs) => {
      if (!dbs.some((db) => db.name === 'kassa-catalog-${storeId}')) return resolve(null);
      return ask(indexedDB.open('kassa-catalog-${storeId}')).then((db) => {
        const tx = db.transaction(['meta', 'productChunks'], 'readonly');
        return Promise.all([
          ask(tx.objectStore('meta').get('sync')),
          ask(tx.objectStore('productChunks').getAll()),
        ]).then(([meta, chunks]) => {
          db.close();
          const products = chunks.flat();
          const product = products.find((p) => p.id === '${productId}');
          resolve({
            cursor: meta ? meta.cursor : null,
            complete: meta ? meta.complete : false,
            products: products.length,
            price: product ? product.price : null,
          });
        });
      });
    }).catch(reject);
  })`);

/**
 * The register keeps its store's catalogue in IndexedDB with the cursor of its last pull: reloaded
 * with no network at all, it starts from that copy and scans against it; back online it shows the
 * copy and asks the server only for what changed since; a price changed in the back office reaches
 * the open register with a reload of the catalogue, and is stored with the new cursor.
 */
test('the register’s catalogue survives going offline and pulls only the changes', async ({
  page,
  context,
}, testInfo) => {
  const view = await ownerView();
  const { store, catalog } = view;
  const money = moneyIn(store);
  const product = pieceProduct(catalog, isPhone(testInfo) ? 71 : 70);
  const active = catalog.products.filter((p) => p.active).length;
  const pulls: URLSearchParams[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.pathname === '/api/v1/sync/changes') pulls.push(url.searchParams);
  });

  const line = page.locator(`[data-testid="cart-line"][data-sku="${product.sku}"]`);
  await openRegister(page, store, registerCodeFor(testInfo));
  let cursor: string | null = null;

  await test.step('the whole catalogue is stored with its cursor', async () => {
    await expect
      .poll(() => readStored(page, store.id, product.id))
      .toMatchObject({ complete: true, price: product.price });
    const stored = await readStored(page, store.id, product.id);
    // Other stories may add products meanwhile; none of them is taken off sale.
    expect(stored?.products).toBeGreaterThanOrEqual(active);
    expect(stored?.cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    cursor = stored?.cursor ?? null;
    expect(pulls[0]?.has('since')).toBe(false);
  });

  await test.step('with no network, a reload starts the register from the stored catalogue', async () => {
    await context.setOffline(true);
    try {
      await page.reload();
      await expect(page.getByTestId('register')).toBeVisible();
      expect(await readStored(page, store.id, product.id)).toMatchObject({
        cursor,
        complete: true,
        price: product.price,
      });
      await scan(page, product.barcodes[0]);
      await expect(line.getByTestId('cart-line-price')).toHaveText(money(product.price));
    } finally {
      await context.setOffline(false);
    }
  });

  await test.step('back online, the register shows the stored catalogue and asks only for changes', async () => {
    pulls.length = 0;
    await page.reload();
    await expect(page.getByTestId('pin-login').or(page.getByTestId('register'))).toBeVisible();
    if (await page.getByTestId('pin-login').isVisible()) {
      await page.getByTestId('pin-username').fill('cashier1');
      await page.getByTestId('pin-input').fill('2222');
      await page.getByTestId('pin-submit').click();
    }
    await expect(page.getByTestId('register')).toBeVisible();
    await expect.poll(() => pulls.length).toBeGreaterThan(0);
    expect(pulls.every((query) => query.has('since'))).toBe(true);
  });

  await test.step('a price changed in the back office arrives with a reload of the catalogue', async () => {
    await expect(line.getByTestId('cart-line-price')).toHaveText(money(product.price));
    const newPrice = product.price + 100;
    await view.api.call('updateProduct', { params: { id: product.id }, body: { price: newPrice } });
    await page.getByTestId('register-reload-catalog').click();
    await expect(page.getByTestId('register')).toBeVisible();
    await expect.poll(async () => (await readStored(page, store.id, product.id))?.price).toBe(newPrice);
    expect((await readStored(page, store.id, product.id))?.cursor).not.toBe(cursor);
    // The line rung up offline follows the catalogue: it takes the new price.
    await expect(line.getByTestId('cart-line-price')).toHaveText(money(newPrice));
  });
});
