import { expect, type Page, test } from '@playwright/test';
import { ownerView, pieceProduct } from './owner-api';
import { openRegister, registerCodeFor, scan } from './register-helpers';

/** Sells one piece of `barcode` for cash (the next ¥100 note above its price); the receipt number shown. */
async function sellOne(page: Page, barcode: string, price: number): Promise<string> {
  await scan(page, barcode);
  await expect(page.getByTestId('cart-line')).toHaveCount(1);
  await page.getByTestId('pay-button').click();
  await page.getByTestId('pay-cash-amount-input').fill(String(Math.ceil((price + 1) / 10_000) * 100));
  await page.getByTestId('pay-cash-submit').click();
  const panel = page.getByTestId('receipt-panel');
  await expect(panel).toBeVisible();
  return (await page.getByTestId('receipt-no').textContent()) ?? '';
}

/**
 * The outage story (issue 4): the network goes in the middle of the afternoon. The register keeps
 * selling, numbering receipts itself and saying it is offline and how many sales wait; a reload
 * with the network still gone comes back to the sale screen with them; when the network returns,
 * every sale reaches the server exactly once, under the number the customer got.
 */
test('sells through an outage and uploads every sale exactly once when the network is back', async ({
  page,
  context,
}, testInfo) => {
  const view = await ownerView();
  const { store, catalog } = view;
  const registerCode = registerCodeFor(testInfo);
  const product = pieceProduct(catalog, registerCode === '01' ? 60 : 61);
  await openRegister(page, store, registerCode);
  // The catalogue is kept on the device once loaded (the register starts from it offline).
  await page.waitForFunction(async () => {
    const idb = (globalThis as unknown as { indexedDB: { databases(): Promise<{ name?: string }[]> } })
      .indexedDB;
    return (await idb.databases()).some((d) => d.name?.startsWith('kassa-catalog'));
  });

  const receipts: string[] = [];
  await context.setOffline(true);
  try {
    await test.step('offline, three sales are saved with their own receipt numbers', async () => {
      for (let i = 0; i < 3; i++) {
        receipts.push(await sellOne(page, product.barcodes[0], product.price));
        await expect(page.getByTestId('receipt-panel')).toHaveAttribute('data-status', 'queued');
      }
      expect(new Set(receipts).size).toBe(3);
      for (const no of receipts) expect(no).toMatch(new RegExp(`^${store.code}-${registerCode}-\\d{6}$`));
      const badge = page.getByTestId('pending-sales');
      await expect(badge).toHaveAttribute('data-count', '3');
      await expect(badge).toHaveAttribute('data-offline', 'true');
      await expect(badge).toContainText('离线');
      await page.screenshot({ path: `docs/screenshots/${testInfo.project.name}-register-offline.png` });
    });

    await test.step('a reload with the network still gone comes back to the sale screen, sales kept', async () => {
      await page.reload();
      await expect(page.getByTestId('register')).toBeVisible();
      await expect(page.getByTestId('pending-sales')).toHaveAttribute('data-count', '3');
      await page.getByTestId('pending-sales').click();
      await expect(page.getByTestId('sync-pending')).toHaveText('3');
      await expect(page.getByTestId('sync-last-error')).toBeVisible();
      await page.getByTestId('sync-panel-close').click();
      // Still selling: a fourth sale, numbered after the others.
      receipts.push(await sellOne(page, product.barcodes[0], product.price));
      await expect(page.getByTestId('pending-sales')).toHaveAttribute('data-count', '4');
    });
  } finally {
    await context.setOffline(false);
  }

  await test.step('back online, everything is uploaded once, under the numbers the customers got', async () => {
    await expect(page.getByTestId('pending-sales')).toHaveAttribute('data-count', '0', { timeout: 20_000 });
    await expect(page.getByTestId('pending-sales')).toHaveAttribute('data-offline', 'false');
    const { items } = await view.api.call('listSales', { query: { storeId: store.id, limit: 200 } });
    for (const no of receipts) {
      const matching = items.filter((sale) => sale.receiptNo === no);
      expect(matching, no).toHaveLength(1);
      expect(matching[0]?.total).toBe(product.price);
    }
    await expect(page.getByTestId('pending-sales')).toContainText('已同步');
  });
});

/** One writer per register: a second tab of the same register is read-only until the first closes. */
test('a second tab of the register is read-only, and takes over when the first closes', async ({
  page,
  context,
}, testInfo) => {
  const { store } = await ownerView();
  await openRegister(page, store, registerCodeFor(testInfo));
  const second = await context.newPage();
  await second.goto('/register');
  await expect(second.getByTestId('register-read-only')).toBeVisible();
  await expect(second.getByTestId('register')).toHaveCount(0);
  await page.close();
  await expect(second.getByTestId('register')).toBeVisible();
});
