import { expect, type Page, test } from '@playwright/test';
import { E2E } from './e2e-env';
import { interpolate, zhCN } from './messages';
import { ownerView, pieceProduct } from './owner-api';
import { isPhone, signInWithPassword } from './register-helpers';
import { newId, onHandAt, salesFloor, scanGoods, stockedBackRoom } from './stock-moves';

const messages = zhCN.transfers;

/** A screenshot for the docs once the toasts of earlier steps are gone. */
async function screenshot(page: Page, name: string): Promise<void> {
  await expect(page.getByTestId('toast')).toHaveCount(0);
  await page.screenshot({ path: `docs/screenshots/${name}.png` });
}

/**
 * 调拨 (issue 6): goods move from a new back room to the sales floor. The owner asks for six of one
 * product and two of another (a scan adds one), a manager in another browser approves, the owner
 * ships what was asked (prefilled) and receives one short; the transfer then shows who did each
 * step, the shortfall (短少) on its line, and the stock API agrees at both locations.
 */
test('a transfer is requested, approved by a manager, shipped and received one short', async ({
  page,
  browser,
}, testInfo) => {
  const view = await ownerView();
  const project = testInfo.project.name;
  const [cola, chips] = (isPhone(testInfo) ? [114, 115] : [110, 111]).map((n) =>
    pieceProduct(view.catalog, n),
  );
  if (!cola || !chips) throw new Error('too few piece products');
  const roomName = `E2E 调拨后仓 ${project} ${Date.now() % 100_000}`;
  const room = await stockedBackRoom(view, roomName, [
    { productId: cola.id, quantity: 10_000, unitCost: 200 },
    { productId: chips.id, quantity: 5_000, unitCost: 300 },
  ]);
  const floor = await salesFloor(view);
  const floorBefore = [await onHandAt(view, floor.id, cola.id), await onHandAt(view, floor.id, chips.id)];
  const line = (product: { name: string }) =>
    page.getByTestId('transfer-line').filter({ hasText: product.name });

  await signInWithPassword(page, 'owner', E2E.ownerPassword);
  await page.getByTestId('nav-stock').click();
  await page.getByTestId('stock-tab-transfers').click();
  await expect(page.getByTestId('transfers-page')).toBeVisible();

  let transferUrl = '';
  await test.step('the owner asks for goods from the back room to the sales floor', async () => {
    await page.getByTestId('transfer-new').click();
    await page.getByTestId('transfer-from').selectOption({ label: roomName });
    await expect(page.getByTestId('transfer-to')).toHaveValue(floor.id);
    await scanGoods(page, cola.barcodes[0]);
    const colaLine = page.getByTestId('transfer-new-line').filter({ hasText: cola.name });
    await colaLine.getByTestId('transfer-new-quantity').fill('6');
    await scanGoods(page, chips.barcodes[0]);
    await scanGoods(page, chips.barcodes[0]);
    const chipsLine = page.getByTestId('transfer-new-line').filter({ hasText: chips.name });
    await expect(chipsLine.getByTestId('transfer-new-quantity')).toHaveValue('2');
    await page.getByTestId('transfer-note').fill('补货上架');
    await screenshot(page, `${project}-stock-transfer-new`);
    await page.getByTestId('transfer-submit').click();

    await expect(page.getByTestId('transfer-page')).toBeVisible();
    await expect(page.getByTestId('transfer-number')).toHaveText(/^TR-\d{6}$/);
    await expect(page.getByTestId('transfer-status')).toHaveText(messages.status.requested);
    await expect(page.getByTestId('transfer-ends')).toHaveText(
      interpolate(messages.ends.within, { store: view.store.name, from: roomName, to: floor.name }),
    );
    await expect(line(cola).getByTestId('transfer-line-requested')).toHaveText(
      interpolate(messages.line.requested, { quantity: '6' }),
    );
    transferUrl = new URL(page.url()).pathname;
  });

  await test.step('a manager approves it in another browser', async () => {
    const manager = await (await browser.newContext()).newPage();
    await signInWithPassword(manager, 'manager', 'manager-demo', transferUrl);
    await expect(manager.getByTestId('transfer-status')).toHaveText(messages.status.requested);
    await manager.getByTestId('transfer-approve').click();
    await expect(manager.getByTestId('transfer-status')).toHaveText(messages.status.approved);
    await expect(manager.getByTestId('transfer-step-approved')).toContainText('王店长');
    await manager.context().close();
  });

  await test.step('the owner ships what was asked for: the goods leave the back room', async () => {
    await page.reload();
    await expect(page.getByTestId('transfer-status')).toHaveText(messages.status.approved);
    await expect(line(cola).getByTestId('transfer-line-quantity')).toHaveValue('6');
    await expect(line(chips).getByTestId('transfer-line-quantity')).toHaveValue('2');
    await page.getByTestId('transfer-ship').click();
    await expect(page.getByTestId('transfer-status')).toHaveText(messages.status.shipped);
    expect([await onHandAt(view, room.id, cola.id), await onHandAt(view, room.id, chips.id)]).toEqual([
      4_000, 3_000,
    ]);
  });

  await test.step('it is received one short, and the transfer shows the shortfall', async () => {
    await expect(line(cola).getByTestId('transfer-line-quantity')).toHaveValue('6');
    await line(cola).getByTestId('transfer-line-quantity').fill('5');
    await expect(line(cola).getByTestId('transfer-line-short')).toHaveText(
      interpolate(messages.line.receive.short, { quantity: '1' }),
    );
    await page.getByTestId('transfer-receive').click();
    await expect(page.getByTestId('transfer-status')).toHaveText(messages.status.received);
    await expect(line(cola).getByTestId('transfer-line-received')).toHaveText(
      interpolate(messages.line.received, { quantity: '5' }),
    );
    await expect(line(cola).getByTestId('transfer-line-short')).toHaveText(
      interpolate(messages.line.receive.short, { quantity: '1' }),
    );
    await expect(line(chips).getByTestId('transfer-line-short')).toHaveCount(0);
    for (const step of ['requested', 'shipped', 'received'] as const) {
      await expect(page.getByTestId(`transfer-step-${step}`)).toContainText(
        interpolate(zhCN.stock.staff.me, { name: '老板' }),
      );
    }
    await expect(page.getByTestId('transfer-step-approved')).not.toContainText('老板');
    await screenshot(page, `${project}-stock-transfer`);

    expect([await onHandAt(view, floor.id, cola.id), await onHandAt(view, floor.id, chips.id)]).toEqual([
      (floorBefore[0] ?? 0) + 5_000,
      (floorBefore[1] ?? 0) + 2_000,
    ]);
    expect(await onHandAt(view, room.id, cola.id)).toBe(4_000);
  });

  await test.step('the list shows it received, from the back room to the floor', async () => {
    const number = (await page.getByTestId('transfer-number').textContent()) ?? '';
    await page.getByTestId('stock-tab-transfers').click();
    await page.getByTestId('transfers-direction-in').click();
    const row = page.locator(`[data-testid="transfer-row"][data-number="${number}"]`);
    await expect(row.getByTestId('transfer-row-status')).toHaveText(messages.status.received);
    await expect(row.getByTestId('transfer-ends')).toContainText(`${roomName} → ${floor.name}`);
    await expect(row.getByTestId('transfer-row-direction')).toHaveText(messages.direction.within);
    await page.getByTestId('transfers-status-requested').click();
    await expect(row).toHaveCount(0);
  });
});

/**
 * Shipping more than the back room holds is refused in words (how many are there, how many were
 * counted out) and nothing leaves; the owner, who may take stock below zero, ships anyway after a
 * question, and the back room goes below zero.
 */
test('shipping more than is on hand is refused, then shipped anyway on purpose', async ({
  page,
}, testInfo) => {
  const view = await ownerView();
  const product = pieceProduct(view.catalog, isPhone(testInfo) ? 116 : 112);
  const roomName = `E2E 调拨负库存 ${testInfo.project.name} ${Date.now() % 100_000}`;
  const room = await stockedBackRoom(view, roomName, [
    { productId: product.id, quantity: 2_000, unitCost: 150 },
  ]);
  const floor = await salesFloor(view);
  const transfer = await view.api.call('requestStockTransfer', {
    body: {
      id: newId(),
      fromLocationId: room.id,
      toLocationId: floor.id,
      lines: [{ productId: product.id, quantity: 5_000 }],
    },
  });
  await view.api.call('approveStockTransfer', { params: { transferId: transfer.id } });

  await signInWithPassword(page, 'owner', E2E.ownerPassword, `/backoffice/stock/transfers/${transfer.id}`);
  await expect(page.getByTestId('transfer-status')).toHaveText(messages.status.approved);
  await page.getByTestId('transfer-ship').click();
  const refusal = page.getByTestId('transfer-below-zero');
  await expect(refusal).toContainText(zhCN.errors.stock_below_zero);
  await expect(page.getByTestId('transfer-below-zero-detail')).toHaveText(
    interpolate(messages.belowZero.detail, {
      name: product.name,
      location: roomName,
      onHand: '2',
      quantity: '5',
    }),
  );
  await expect(page.getByTestId('transfer-status')).toHaveText(messages.status.approved);
  expect(await onHandAt(view, room.id, product.id)).toBe(2_000);
  await page.getByTestId('transfer-ship-anyway').scrollIntoViewIfNeeded();
  await screenshot(page, `${testInfo.project.name}-stock-transfer-below-zero`);

  await page.getByTestId('transfer-ship-anyway').click();
  await expect(page.getByTestId('ship-anyway-dialog')).toContainText(
    interpolate(messages.belowZero.body, { location: roomName }),
  );
  await page.getByTestId('ship-anyway-dialog-confirm').click();
  await expect(page.getByTestId('transfer-status')).toHaveText(messages.status.shipped);
  await expect(refusal).toHaveCount(0);
  expect(await onHandAt(view, room.id, product.id)).toBe(-3_000);
});
