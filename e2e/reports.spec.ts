import { readFileSync } from 'node:fs';
import { addDays, businessDate, formatMoney, isoWeekday } from '@kassa/core';
import { expect, test } from '@playwright/test';
import { E2E } from './e2e-env';
import { zhCN } from './messages';
import { ownerView } from './owner-api';
import { signInWithPassword } from './register-helpers';

const KINDS = Object.keys(zhCN.reports.kinds) as (keyof typeof zhCN.reports.kinds)[];

/**
 * 报表 (issue 5): the owner opens the reports on the phone or a desktop, on SQLite and on
 * PostgreSQL. This week by day shows the same totals as the API; every report renders its table
 * (or says the period is empty) without an error; a comparison adds its columns; presets move the
 * dates; the table exports as CSV with the same figures; by product it shows the first 100 and
 * exports them all.
 */
test('every report renders, compares, and exports what it shows', async ({ page }, testInfo) => {
  test.setTimeout(120_000);
  const { store, api } = await ownerView();
  const money = (amount: number) => formatMoney({ amount, currency: store.currency }, 'zh-CN');
  const today = businessDate(Date.now(), store.timeZone, store.businessDayCutoverMinutes);

  await signInWithPassword(page, 'owner', E2E.ownerPassword);
  await expect(page.getByTestId('today-page')).toBeVisible();

  await test.step('this week by day: a row per day and the totals the API gives', async () => {
    await page.getByTestId('nav-reports').click();
    await expect(page.getByTestId('reports-page')).toHaveAttribute('data-report', 'sales');
    // This week: from Monday (on a Monday, that is today, and the 'today' preset shows pressed).
    const from = addDays(today, 1 - isoWeekday(today));
    await expect(page.getByTestId('report-from')).toHaveValue(from);
    await expect(page.getByTestId('report-to')).toHaveValue(today);
    const expected = await api.call('salesReport', {
      query: { storeId: store.id, from, to: today, by: 'day', compare: 'none' },
    });
    await expect(page.getByTestId('report-row')).toHaveCount(expected.rows.length);
    await expect(page.locator('[data-testid="report-totals"] [data-column="netSales"]')).toHaveText(
      money(expected.totals.netSales),
    );
    await expect(page.getByTestId('report-chart').locator('[role="img"]')).toBeVisible();
    await page.screenshot({ path: `docs/screenshots/${testInfo.project.name}-reports.png` });
  });

  await test.step('compared with the previous period, the table gains its columns', async () => {
    await page.getByTestId('report-compare').selectOption('previous');
    await expect(page).toHaveURL(/compare=previous/);
    await expect(page.getByTestId('report-compared')).toBeVisible();
    await expect(page.locator('[data-testid="report-totals"] [data-column="change"]')).toBeVisible();
  });

  await test.step('the table exports as CSV with the same totals', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('report-export-csv').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^kassa-sales-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = readFileSync((await download.path()) ?? '', 'utf8');
    const lines = csv.trim().split(/\r?\n/);
    expect(lines[0]).toContain(zhCN.reports.columns.netSales);
    expect(lines.at(-1)).toContain(zhCN.reports.totals);
  });

  await test.step('a preset moves the dates', async () => {
    await page.getByTestId('report-preset-yesterday').click();
    await expect(page.getByTestId('report-from')).toHaveValue(addDays(today, -1));
    await expect(page.getByTestId('report-preset-yesterday')).toHaveAttribute('aria-pressed', 'true');
    await page.getByTestId('report-preset-month').click();
    await expect(page.getByTestId('report-from')).toHaveValue(`${today.slice(0, 8)}01`);
  });

  await test.step('by product: the first 100 by net sales, every one on request and in the export', async () => {
    await page.getByTestId('report-kind-products').click();
    const from = addDays(today, -29);
    await page.getByTestId('report-from').fill(from);
    await expect(page).toHaveURL(new RegExp(`from=${from}`));
    const all = await api.call('salesReport', {
      query: { storeId: store.id, from, to: today, by: 'product', compare: 'none' },
    });
    // The demo shop sells hundreds of products a month.
    expect(all.rowCount).toBeGreaterThan(100);
    await expect(page.getByTestId('report-row')).toHaveCount(100);
    await expect(page.getByTestId('report-first-rows')).toContainText(String(all.rowCount));
    await expect(page.getByTestId('report-row').first()).toContainText(all.rows[0]?.label ?? '');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('report-export-csv').click(),
    ]);
    const lines = readFileSync((await download.path()) ?? '', 'utf8')
      .trim()
      .split(/\r?\n/);
    // The header, every product, the totals.
    expect(lines).toHaveLength(1 + all.rowCount + 1);
    await page.getByTestId('report-show-all').click();
    await expect(page.getByTestId('report-row')).toHaveCount(all.rowCount);
    await expect(page.getByTestId('report-first-rows')).toHaveCount(0);
  });

  for (const kind of KINDS) {
    await test.step(`${kind} renders without an error`, async () => {
      await page.getByTestId(`report-kind-${kind}`).click();
      await expect(page.getByTestId('reports-page')).toHaveAttribute('data-report', kind);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(zhCN.reports.kinds[kind]);
      await expect(page.getByTestId('report-body').first()).toHaveAttribute('data-loading', 'false');
      await expect(page.getByTestId('report-error')).toHaveCount(0);
      await expect(
        page.getByTestId('report-table').or(page.getByTestId('report-empty')).first(),
      ).toBeVisible();
    });
  }

  await test.step('smart insights explain yesterday and forecast the next 14 days', async () => {
    await page.getByTestId('report-kind-insights').click();
    await page.getByTestId('report-preset-yesterday').click();
    await expect(page.getByTestId('report-to')).toHaveValue(addDays(today, -1));
    const insights = await api.call('insights', { query: { storeId: store.id, date: addDays(today, -1) } });
    await expect(page.getByTestId('insights-summary')).toContainText(money(insights.day.netSales));
    await expect(page.getByTestId('insights-method')).toContainText(
      zhCN.reports.insights.methods[insights.forecast.store.method],
    );
    await expect(page.getByTestId('report-row')).toHaveCount(1 + insights.forecast.products.length);
    await page.screenshot({ path: `docs/screenshots/${testInfo.project.name}-insights.png`, fullPage: true });
  });

  await test.step('slow movers list the products that sold least, linked to the product', async () => {
    await page.getByTestId('report-kind-slow').click();
    const first = page.getByTestId('report-row').first();
    await expect(first.getByRole('link')).toHaveAttribute('href', /\/backoffice\/products\//);
  });
});
