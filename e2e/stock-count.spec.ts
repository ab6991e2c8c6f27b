import { ApiError } from '@kassa/api';
import { formatMoney } from '@kassa/core';
import { expect, type Page, test } from '@playwright/test';
import { E2E } from './e2e-env';
import { interpolate, zhCN } from './messages';
import { ownerView, pieceProduct } from './owner-api';
import { isPhone, signInWithPassword } from './register-helpers';
import { onHandAt, phonePage, scanGoods, stockedBackRoom } from './stock-moves';

const messages = zhCN.counts;

/** A screenshot for the docs once the toasts of earlier steps are gone. */
async function screenshot(page: Page, name: string): Promise<void> {
  await expect(page.getByTestId('toast')).toHaveCount(0);
  await page.screenshot({ path: `docs/screenshots/${name}.png` });
}

/** The count's id, the last part of its page's path. */
function countIdOf(path: string): string {
  return path.split('/').at(-1) ?? '';
}

/** Sends a counter's unsent tallies and waits until none is left unsent. */
async function submitTallies(page: Page): Promise<void> {
  await page.getByTestId('count-submit').click();
  await expect(page.getByTestId('count-submit')).toHaveText(messages.scan.submitted);
  await expect(page.getByTestId('count-my-tally-unsent')).toHaveCount(0);
}

/**
 * 盘点 (issue 6): the owner starts a blind count of a new back room holding 10 + 6 + 4 pieces of three
 * products. A manager and the owner count at once, each on a phone: scans add to their own tally,
 * typing sets it, 提交 sends it, and their tallies add up; neither sees what the system expects
 * while counting. The owner's variance report shows each difference at cost and the product nobody
 * counted; one line is recounted, then the count is posted, and the stock API agrees.
 */
test('two counters count a back room at once; the approver recounts a line and posts', async ({
  page,
  browser,
}, testInfo) => {
  const view = await ownerView();
  const project = testInfo.project.name;
  const money = (amount: number) => formatMoney({ amount, currency: view.store.currency }, 'zh-CN');
  const [cola, chips, water] = (isPhone(testInfo) ? [124, 125, 126] : [120, 121, 122]).map((n) =>
    pieceProduct(view.catalog, n),
  );
  if (!cola || !chips || !water) throw new Error('too few piece products');
  const roomName = `E2E 盘点后仓 ${project} ${Date.now() % 100_000}`;
  const room = await stockedBackRoom(view, roomName, [
    { productId: cola.id, quantity: 10_000, unitCost: 250 },
    { productId: chips.id, quantity: 6_000, unitCost: 400 },
    { productId: water.id, quantity: 4_000, unitCost: 120 },
  ]);
  const tally = (p: Page, product: { sku: string }) =>
    p.locator(`[data-testid="count-my-tally"][data-sku="${product.sku}"]`);
  const total = (p: Page, product: { sku: string }) =>
    p.locator(`[data-testid="count-total"][data-sku="${product.sku}"]`);
  const reportLine = (product: { sku: string }) =>
    page.locator(`[data-testid="count-report-line"][data-sku="${product.sku}"]`);

  let countPath = '';
  await test.step('the owner starts a blind count of the back room', async () => {
    await signInWithPassword(page, 'owner', E2E.ownerPassword);
    await page.getByTestId('nav-stock').click();
    await page.getByTestId('stock-tab-counts').click();
    await expect(page.getByTestId('counts-page')).toBeVisible();
    await page.getByTestId('count-new').click();
    await page.getByTestId('count-start-location').selectOption({ label: roomName });
    await expect(page.getByTestId('count-start-blind')).toBeChecked();
    await page.getByTestId('count-start-note').fill('月末盘点');
    await page.getByTestId('count-start-submit').click();
    await expect(page.getByTestId('count-page')).toBeVisible();
    await expect(page.getByTestId('count-number')).toHaveText(/^SC-\d{6}$/);
    await expect(page.getByTestId('count-status')).toHaveText(messages.status.counting);
    await expect(page.getByTestId('count-location')).toHaveText(roomName);
    await expect(page.getByTestId('count-kind')).toHaveText(messages.blind);
    countPath = new URL(page.url()).pathname;
  });

  const manager = await phonePage(browser);
  const owner = await phonePage(browser);
  await test.step('a manager counts on a phone: three scans, and six typed', async () => {
    await signInWithPassword(manager, 'manager', 'manager-demo', countPath);
    await expect(manager.getByTestId('count-blind-notice')).toBeVisible();
    for (let n = 1; n <= 3; n += 1) {
      await scanGoods(manager, cola.barcodes[0]);
      await expect(tally(manager, cola).getByTestId('count-my-tally-quantity')).toHaveValue(String(n));
    }
    await scanGoods(manager, chips.barcodes[0]);
    await tally(manager, chips).getByTestId('count-my-tally-quantity').fill('6');
    await expect(tally(manager, chips).getByTestId('count-my-tally-unsent')).toBeVisible();
    await expect(manager.getByTestId('count-submit')).toHaveText(
      interpolate(messages.scan.submitN_other, { count: 2 }),
    );
    await submitTallies(manager);
    await expect(total(manager, cola).getByTestId('count-total-counted')).toHaveText('3');
    await expect(total(manager, chips).getByTestId('count-total-counted')).toHaveText('6');
  });

  await test.step('the owner counts the same shelf on another phone: the tallies add up', async () => {
    await signInWithPassword(owner, 'owner', E2E.ownerPassword, countPath);
    for (let n = 1; n <= 4; n += 1) await scanGoods(owner, cola.barcodes[0]);
    await expect(tally(owner, cola).getByTestId('count-my-tally-quantity')).toHaveValue('4');
    await submitTallies(owner);
    await expect(total(owner, cola).getByTestId('count-total-counted')).toHaveText('7');

    await manager.getByTestId('count-refresh').click();
    await expect(total(manager, cola).getByTestId('count-total-counted')).toHaveText('7');
    await expect(total(manager, cola)).toContainText(
      interpolate(messages.totals.counters_other, { count: 2 }),
    );
    await expect(total(manager, cola)).toContainText(interpolate(messages.totals.mine, { quantity: '3' }));
    // Blind: while counting nobody is shown what the system expects, not even those who may see it.
    for (const counter of [manager, owner]) {
      await expect(counter.getByTestId('count-total-expected')).toHaveCount(0);
      await expect(counter.getByTestId('count-totals')).not.toContainText('账面');
      await expect(counter.getByTestId('count-scan-panel')).not.toContainText('账面');
      await expect(counter.getByTestId('count-report')).toHaveCount(0);
    }
    if (isPhone(testInfo)) await screenshot(manager, 'phone-stock-count');
  });

  await test.step('the approver’s report: each difference at cost, the product nobody counted', async () => {
    await page.reload();
    await page.getByTestId('count-view-report').click();
    await expect(reportLine(cola).getByTestId('count-report-expected')).toHaveText(
      interpolate(messages.report.expected, { quantity: '10' }),
    );
    await expect(reportLine(cola).getByTestId('count-report-counted')).toHaveText(
      interpolate(messages.report.counted, { quantity: '7' }),
    );
    await expect(reportLine(cola).getByTestId('count-report-variance')).toHaveText('-3');
    // At the products' costs (moving averages over all stock), as the server values them.
    const report = await view.api.call('getStockCount', { params: { countId: countIdOf(countPath) } });
    const differenceValue = (product: { id: string }) =>
      report.lines.find((l) => l.productId === product.id)?.varianceValue ?? Number.NaN;
    expect(differenceValue(cola)).toBeLessThan(0);
    await expect(reportLine(cola).getByTestId('count-report-value')).toHaveText(money(differenceValue(cola)));
    await expect(reportLine(chips).getByTestId('count-report-variance')).toHaveText('0');
    await expect(reportLine(water).getByTestId('count-report-uncounted')).toHaveText(
      messages.report.uncounted,
    );
    await expect(reportLine(water).getByTestId('count-report-variance')).toHaveText('-4');
    await expect(reportLine(water).getByTestId('count-report-value')).toHaveText(
      money(differenceValue(water)),
    );
    expect(report.varianceValue).toBe(differenceValue(cola) + differenceValue(water));
    await expect(page.getByTestId('count-report-total')).toHaveText(money(report.varianceValue ?? 0));
    await screenshot(page, `${project}-stock-count-variance`);
  });

  await test.step('the approver has the cola counted again; the manager recounts nine', async () => {
    await reportLine(cola).getByTestId('count-report-pick').check();
    await page.getByTestId('count-recount').click();
    await page.getByTestId('count-recount-dialog-confirm').click();
    await expect(reportLine(cola).getByTestId('count-report-uncounted')).toBeVisible();

    await manager.getByTestId('count-refresh').click();
    await expect(tally(manager, cola)).toHaveCount(0);
    await expect(total(manager, cola)).toHaveCount(0);
    await scanGoods(manager, cola.barcodes[0]);
    await tally(manager, cola).getByTestId('count-my-tally-quantity').fill('9');
    await submitTallies(manager);
    await expect(total(manager, cola).getByTestId('count-total-counted')).toHaveText('9');
  });

  await test.step('the count is posted after a question saying the total difference', async () => {
    const before = await view.api.call('getStockCount', { params: { countId: countIdOf(countPath) } });
    await page.getByTestId('count-post').click();
    await expect(page.getByTestId('count-post-dialog-body')).toHaveText(
      interpolate(messages.post.bodyUncounted, { value: money(before.varianceValue ?? 0), count: 1 }),
    );
    await page.getByTestId('count-post-dialog-confirm').click();
    await expect(page.getByTestId('count-status')).toHaveText(messages.status.posted);
    await expect(reportLine(cola).getByTestId('count-report-variance')).toHaveText('-1');
    await expect(page.getByTestId('count-actions')).toHaveCount(0);

    expect([
      await onHandAt(view, room.id, cola.id),
      await onHandAt(view, room.id, chips.id),
      await onHandAt(view, room.id, water.id),
    ]).toEqual([9_000, 6_000, 0]);
    const again = await view.api
      .call('postStockCount', { params: { countId: countIdOf(countPath) } })
      .catch((e: unknown) => e);
    expect(again instanceof ApiError && again.code).toBe('stock_count_closed');

    await manager.reload();
    await expect(manager.getByTestId('count-status')).toHaveText(messages.status.posted);
    await expect(manager.getByTestId('count-scan-panel')).toHaveCount(0);
  });
  await manager.context().close();
  await owner.context().close();
});
