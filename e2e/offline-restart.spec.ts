import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, expect, type Page, test } from '@playwright/test';
import { E2E } from './e2e-env';
import { type OwnerView, ownerView, pieceProduct } from './owner-api';
import { openRegister, registerCodeFor, scan } from './register-helpers';

// The outage stories where the browser itself goes away or doubles up (issue 4's fault tests):
// a browser closed with sales waiting, a reload in the middle of a sale and of its payment, and two
// tabs of one register coming back online together. Each ends with every sale on the server once.

/** Pays the cart in cash with the next ¥100 note; the receipt number shown. */
async function payCash(page: Page, total: number): Promise<string> {
  await page.getByTestId('pay-button').click();
  await page.getByTestId('pay-cash-amount-input').fill(String(Math.ceil((total + 1) / 10_000) * 100));
  await page.getByTestId('pay-cash-submit').click();
  await expect(page.getByTestId('receipt-panel')).toHaveAttribute('data-status', 'queued');
  return (await page.getByTestId('receipt-no').textContent()) ?? '';
}

/** Each receipt is on the server exactly once, with the total the customer paid. */
async function expectOnServerOnce(view: OwnerView, receipts: readonly string[], total: number) {
  const { items } = await view.api.call('listSales', { query: { storeId: view.store.id, limit: 200 } });
  for (const no of receipts) {
    const matching = items.filter((sale) => sale.receiptNo === no);
    expect(matching, no).toHaveLength(1);
    expect(matching[0]?.total).toBe(total);
  }
}

/** Waits until the browser has kept the catalogue (the register starts from it offline). */
async function catalogueKept(page: Page) {
  await page.waitForFunction(async () => {
    const idb = (globalThis as unknown as { indexedDB: { databases(): Promise<{ name?: string }[]> } })
      .indexedDB;
    return (await idb.databases()).some((d) => d.name?.startsWith('kassa-catalog'));
  });
}

test('a browser closed with sales waiting sends them once it is opened again', async ({
  baseURL,
}, testInfo) => {
  const view = await ownerView();
  const product = pieceProduct(view.catalog, testInfo.project.name === 'phone' ? 66 : 65);
  const profile = mkdtempSync(join(tmpdir(), 'kassa-e2e-profile-'));
  // A real browser profile on disk, closed and started again: what a power cut or a crash leaves.
  const launch = () =>
    chromium.launchPersistentContext(profile, {
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
      baseURL: baseURL ?? E2E.url,
      locale: 'zh-CN',
      timezoneId: 'Asia/Shanghai',
    });
  try {
    const receipts: string[] = [];
    const first = await launch();
    const page = first.pages()[0] ?? (await first.newPage());
    await openRegister(page, view.store, registerCodeFor(testInfo));
    await catalogueKept(page);
    await first.setOffline(true);
    for (let i = 0; i < 2; i++) {
      await scan(page, product.barcodes[0]);
      receipts.push(await payCash(page, product.price));
    }
    await expect(page.getByTestId('pending-sales')).toHaveAttribute('data-count', '2');
    await first.close();

    const second = await launch();
    const again = second.pages()[0] ?? (await second.newPage());
    await again.goto('/register');
    await expect(again.getByTestId('register')).toBeVisible();
    await expect(again.getByTestId('pending-sales')).toHaveAttribute('data-count', '0', { timeout: 20_000 });
    await expectOnServerOnce(view, receipts, product.price);
    await second.close();
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
});

test('a reload in the middle of a sale and of its payment, offline, loses nothing and sells once', async ({
  page,
  context,
}, testInfo) => {
  const view = await ownerView();
  const product = pieceProduct(view.catalog, testInfo.project.name === 'phone' ? 68 : 67);
  await openRegister(page, view.store, registerCodeFor(testInfo));
  await catalogueKept(page);
  let receipt = '';
  await context.setOffline(true);
  try {
    await scan(page, product.barcodes[0]);
    await scan(page, product.barcodes[0]);
    await expect(page.getByTestId('cart-line')).toHaveCount(1);
    // Mid-sale: the ticket comes back as it was.
    await page.reload();
    await expect(page.getByTestId('cart-line')).toHaveCount(1);
    await expect(page.getByTestId('cart-items')).toHaveText('2');
    // Mid-payment: part paid by card, then the page goes; the payment opens again where it was.
    await page.getByTestId('pay-button').click();
    await page.getByTestId('pay-tab-card').click();
    await page.getByTestId('pay-card-amount-input').fill((product.price / 100).toFixed(2));
    await page.getByTestId('pay-card-reference-input').fill(`R${Date.now()}`);
    await page.getByTestId('pay-card-submit').click();
    await expect(page.getByTestId('pay-tender')).toHaveCount(1);
    await page.reload();
    await expect(page.getByTestId('pay-tender')).toHaveCount(1);
    await page
      .getByTestId('pay-cash-amount-input')
      .fill(String(Math.ceil((product.price + 1) / 10_000) * 100));
    await page.getByTestId('pay-cash-submit').click();
    await expect(page.getByTestId('receipt-panel')).toHaveAttribute('data-status', 'queued');
    receipt = (await page.getByTestId('receipt-no').textContent()) ?? '';
    await expect(page.getByTestId('pending-sales')).toHaveAttribute('data-count', '1');
  } finally {
    await context.setOffline(false);
  }
  await expect(page.getByTestId('pending-sales')).toHaveAttribute('data-count', '0', { timeout: 20_000 });
  await expectOnServerOnce(view, [receipt], 2 * product.price);
});

test('two tabs of one register back online: only the selling tab uploads, each sale once', async ({
  page,
  context,
}, testInfo) => {
  const view = await ownerView();
  const product = pieceProduct(view.catalog, testInfo.project.name === 'phone' ? 62 : 61);
  await openRegister(page, view.store, registerCodeFor(testInfo));
  await catalogueKept(page);
  const second = await context.newPage();
  await second.goto('/register');
  await expect(second.getByTestId('register-read-only')).toBeVisible();
  const pushes = { selling: 0, readOnly: 0 };
  page.on('request', (r) => void (r.url().includes('/sync/push') && pushes.selling++));
  second.on('request', (r) => void (r.url().includes('/sync/push') && pushes.readOnly++));

  const receipts: string[] = [];
  await context.setOffline(true);
  try {
    for (let i = 0; i < 3; i++) {
      await scan(page, product.barcodes[0]);
      receipts.push(await payCash(page, product.price));
    }
  } finally {
    await context.setOffline(false);
  }
  await expect(page.getByTestId('pending-sales')).toHaveAttribute('data-count', '0', { timeout: 20_000 });
  await expectOnServerOnce(view, receipts, product.price);
  expect(pushes.selling).toBeGreaterThan(0);
  expect(pushes.readOnly).toBe(0);
  // The selling tab closes: the other takes over with nothing left to send.
  await page.close();
  await expect(second.getByTestId('register')).toBeVisible();
  await expect(second.getByTestId('pending-sales')).toHaveAttribute('data-count', '0');
});
