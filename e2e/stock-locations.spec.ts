import { expect, test } from '@playwright/test';
import { E2E } from './e2e-env';
import { interpolate, zhCN } from './messages';
import { signInWithPassword } from './register-helpers';

/**
 * 库位 (issue 6): the owner opens 库存 in the back office and sees the store's sales floor, which
 * cannot be closed; adds a back room, is told in words when a name is taken, renames it, closes it
 * after a question, and reopens it.
 */
test('stock locations are added, renamed, closed and reopened', async ({ page }, testInfo) => {
  const name = `E2E 后仓 ${testInfo.project.name} ${Date.now() % 100_000}`;
  const messages = zhCN.stock.locations;
  await signInWithPassword(page, 'owner', E2E.ownerPassword);
  await page.getByTestId('nav-stock').click();
  await expect(page.getByTestId('stock-locations-page')).toBeVisible();

  const floor = page.getByTestId('location').first();
  await test.step('the sales floor comes first and has no close button', async () => {
    await expect(floor.getByTestId('location-name')).toHaveText(messages.kinds.sales_floor);
    await expect(floor.getByTestId('location-close')).toHaveCount(0);
  });

  const row = page.getByTestId('location').filter({ hasText: name });
  await test.step('a back room is added, and a second one of the same name is refused in words', async () => {
    await page.getByTestId('locations-add').click();
    await page.getByTestId('location-form-name').fill(name);
    await page.getByTestId('location-form-kind').selectOption('storage');
    await page.getByTestId('location-form-submit').click();
    await expect(row.getByTestId('location-name')).toHaveText(name);
    await expect(row).toContainText(messages.kinds.storage);

    await page.getByTestId('locations-add').click();
    await page.getByTestId('location-form-name').fill(name);
    await page.getByTestId('location-form-submit').click();
    await expect(page.getByTestId('location-form')).toContainText(zhCN.errors.stock_location_name_taken);
    await page.getByTestId('location-form').getByRole('button', { name: zhCN.common.cancel }).click();
    await expect(row).toHaveCount(1);
    await page.screenshot({ path: `docs/screenshots/${testInfo.project.name}-stock-locations.png` });
  });

  const renamed = `${name} A`;
  const renamedRow = page.getByTestId('location').filter({ hasText: renamed });
  await test.step('renamed, then closed after a question, then reopened', async () => {
    await row.getByTestId('location-rename').click();
    await page.getByTestId('location-form-name').fill(renamed);
    await page.getByTestId('location-form-submit').click();
    await expect(renamedRow.getByTestId('location-name')).toHaveText(renamed);

    await renamedRow.getByTestId('location-close').click();
    await expect(page.getByTestId('close-location-dialog')).toContainText(
      interpolate(messages.closeDialog.title, { location: renamed }),
    );
    await page.getByTestId('close-location-dialog-confirm').click();
    await expect(renamedRow).toContainText(messages.closed);
    await renamedRow.getByTestId('location-reopen').click();
    await expect(renamedRow).not.toContainText(messages.closed);
    await expect(renamedRow.getByTestId('location-close')).toBeVisible();
  });
});
