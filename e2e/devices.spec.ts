import { readFileSync } from 'node:fs';
import { expect, type Locator, type Page, test } from '@playwright/test';
import { E2E } from './e2e-env';
import { interpolate, zhCN } from './messages';
import { ownerView, pieceProduct } from './owner-api';
import { isPhone, pairWithCode, pinSignIn, scan, signInWithPassword } from './register-helpers';

/** What the web app says it is (`X-Kassa-Version`): its package's version. */
const APP_VERSION = (JSON.parse(readFileSync('packages/web/package.json', 'utf8')) as { version: string })
  .version;

/** Sells one piece for cash (the next ¥100 note); the receipt number the customer got. */
async function sellOne(page: Page, barcode: string, price: number): Promise<string> {
  await scan(page, barcode);
  await page.getByTestId('pay-button').click();
  await page.getByTestId('pay-cash-amount-input').fill(String(Math.ceil((price + 1) / 10_000) * 100));
  await page.getByTestId('pay-cash-submit').click();
  await expect(page.getByTestId('receipt-panel')).toBeVisible();
  return (await page.getByTestId('receipt-no').textContent()) ?? '';
}

/** The back office shows a pairing code for the register of `card`; answers its 8 digits. */
async function showPairingCode(page: Page, card: Locator): Promise<string> {
  await card.getByTestId('device-pair').click();
  const value = page.getByTestId('pairing-code-value');
  await expect(value).toHaveText(/^\d{4} \d{4}$/);
  await expect(page.getByTestId('pairing-code-expires')).toHaveText(/^1[45]:\d{2} 后失效$/);
  return (await value.getAttribute('data-code')) ?? '';
}

/**
 * 收银机管理 (issue 4): the owner adds a register in the back office and shows its one-time pairing
 * code; a fresh browser at the till types it and becomes that register, and a cashier signs in by
 * PIN there. The back office sees it online, with its app version and the sales it has not
 * uploaded. Renamed, then revoked with a warning about those sales: the till says it was revoked,
 * keeps the sales to export, and after pairing again uploads them. Disabled, it refuses PIN sign-in.
 */
test('a register is added, paired with a code, watched, renamed, revoked and disabled', async ({
  page,
  browser,
}, testInfo) => {
  test.setTimeout(120_000);
  const view = await ownerView();
  const product = pieceProduct(view.catalog, isPhone(testInfo) ? 81 : 80);
  const name = `E2E 收银机 ${testInfo.project.name} ${Date.now() % 100_000}`;

  await signInWithPassword(page, 'owner', E2E.ownerPassword);
  await page.getByTestId('nav-devices').click();
  await expect(page.getByTestId('devices-page')).toBeVisible();
  await expect(page.getByTestId('offline-limit-text')).toHaveText(
    interpolate(zhCN.devices.limit.text, { hours: 24 }),
  );

  const card = page.getByTestId('device-row').filter({ hasText: name });
  await test.step('the owner adds a register: it is listed, not paired yet', async () => {
    await page.getByTestId('devices-add').click();
    await page.getByTestId('register-form-name').fill(name);
    await page.getByTestId('register-form-submit').click();
    await expect(card.getByTestId('device-status')).toHaveText(zhCN.devices.status.unpaired);
  });
  const code = await card.getAttribute('data-register-code');
  const registerId = (
    await view.api.call('listRegisters', { params: { storeId: view.store.id } })
  ).items.find((r) => r.code === code)?.id;
  expect(registerId).toBeDefined();

  const tillContext = await browser.newContext();
  const till = await tillContext.newPage();
  try {
    await test.step('a fresh browser at the till pairs with the code; a cashier signs in by PIN', async () => {
      const digits = await showPairingCode(page, card);
      await pairWithCode(till, digits);
      await pinSignIn(till, 'cashier1', '2222');
      await expect(page.getByTestId('pairing-code-paired')).toHaveText(zhCN.devices.code.paired, {
        timeout: 20_000,
      });
      await page.getByTestId('pairing-code-done').click();
      await expect(card.getByTestId('device-status')).toHaveText(zhCN.devices.status.online);
      await expect(card.getByTestId('device-version')).toHaveText(APP_VERSION);
      await expect(card.getByTestId('device-pending')).toHaveText('0');
    });

    let receipt = '';
    await test.step('a sale that cannot be uploaded shows as pending in the back office', async () => {
      await till.route('**/api/v1/sales', (route) => route.abort());
      await till.route('**/api/v1/sync/push', (route) => route.abort());
      receipt = await sellOne(till, product.barcodes[0], product.price);
      await expect(till.getByTestId('receipt-panel')).toHaveAttribute('data-status', 'queued');
      await expect(card.getByTestId('device-pending')).toHaveText('1', { timeout: 25_000 });
      await expect(card.getByTestId('device-oldest')).not.toHaveText(zhCN.devices.fields.none);
      await page.screenshot({ path: `docs/screenshots/${testInfo.project.name}-devices.png` });
    });

    await test.step('renamed, the register keeps its device', async () => {
      await card.getByTestId('device-rename').click();
      await page.getByTestId('register-form-name').fill(`${name} 前台`);
      await page.getByTestId('register-form-submit').click();
      await expect(card.locator('h2')).toContainText(`${name} 前台`);
      await expect(card.getByTestId('device-status')).toHaveText(zhCN.devices.status.online);
    });

    await test.step('revoking warns of the sale not uploaded; the till then says it was revoked', async () => {
      await card.getByTestId('device-revoke').click();
      await expect(page.getByTestId('revoke-pending')).toHaveText(
        interpolate(zhCN.devices.pending.warning, { n: 1 }),
      );
      await page.getByTestId('revoke-dialog-confirm').click();
      await expect(card.getByTestId('device-status')).toHaveText(zhCN.devices.status.unpaired);
      await expect(card.getByTestId('device-revoked-at')).toBeVisible();

      await till.reload();
      const refused = till.getByTestId('device-refused');
      await expect(refused).toHaveAttribute('data-reason', 'device_revoked');
      await expect(refused.locator('h1')).toHaveText(zhCN.devices.refused.device_revoked.title);
      await expect(till.getByTestId('refused-pending')).toHaveText(
        interpolate(zhCN.devices.refused.pending, { n: 1 }),
      );
      // The sale is still on the till, with the export at hand.
      await till.getByTestId('refused-outbox').click();
      await expect(till.getByTestId('sync-pending')).toHaveText('1');
      await expect(till.getByTestId('sync-export')).toBeVisible();
      await till.getByTestId('sync-panel-close').click();
    });

    await test.step('paired again, the till uploads the sale it kept, once', async () => {
      await till.unroute('**/api/v1/sales');
      await till.unroute('**/api/v1/sync/push');
      await till.getByTestId('refused-pair-again').click();
      const digits = await showPairingCode(page, card);
      await till.getByTestId('pairing-code').fill(digits);
      await till.getByTestId('pairing-submit').click();
      await pinSignIn(till, 'cashier1', '2222');
      await expect(till.getByTestId('pending-sales')).toHaveAttribute('data-count', '0', { timeout: 20_000 });
      const sales = await view.api.call('listSales', { query: { storeId: view.store.id, limit: 100 } });
      expect(sales.items.filter((sale) => sale.receiptNo === receipt)).toHaveLength(1);
      await page.getByTestId('pairing-code-done').click();
    });

    await test.step('a disabled register refuses PIN sign-in, and the till says why', async () => {
      await card.getByTestId('device-toggle').click();
      await page.getByTestId('disable-dialog-confirm').click();
      await expect(card.getByTestId('device-status')).toHaveText(zhCN.devices.status.disabled);

      // Evaluated as text: this project type-checks without the DOM library.
      const token = await till.evaluate<string | null>("localStorage.getItem('kassa.deviceToken')");
      const pin = await till.request.post('/api/v1/auth/pin', {
        headers: { 'X-Kassa-Device': token ?? '' },
        data: { registerId, username: 'cashier1', pin: '2222' },
      });
      expect(pin.status()).toBe(403);
      expect(await pin.json()).toMatchObject({ error: { code: 'register_disabled' } });

      await till.reload();
      await expect(till.getByTestId('device-refused')).toHaveAttribute('data-reason', 'register_disabled');
      await expect(till.getByTestId('device-refused').locator('h1')).toHaveText(
        zhCN.devices.refused.register_disabled.title,
      );
    });
  } finally {
    await tillContext.close();
  }
});
