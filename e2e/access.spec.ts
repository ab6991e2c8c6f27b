import { expect, test } from '@playwright/test';
import { E2E } from './e2e-env';
import { zhCN } from './messages';
import { ownerView } from './owner-api';
import { enrolAsOwner, pinSignIn, registerCodeFor, signInWithPassword } from './register-helpers';

/** Who is signed in in this browser, as the server sees the session cookie. */
async function whoAmI(request: import('@playwright/test').APIRequestContext) {
  const response = await request.get('/api/v1/auth/me');
  return response.ok() ? ((await response.json()) as { username: string; role: string }) : null;
}

test('a wrong owner password is refused with a message, the right one signs in', async ({ page }) => {
  await signInWithPassword(page, 'owner', `${E2E.ownerPassword}-wrong`);
  await expect(page.getByTestId('login-error')).toHaveText(zhCN.errors.invalid_credentials);
  await expect(page).toHaveURL(/\/login$/);
  expect(await whoAmI(page.request)).toBeNull();

  // The failure does not lock the owner out: the right password (which resets the count) works.
  await page.getByTestId('login-password').fill(E2E.ownerPassword);
  await page.getByTestId('login-submit').click();
  await expect(page.getByTestId('today-page')).toBeVisible();
  await expect(page.getByTestId('login-error')).toHaveCount(0);
  expect(await whoAmI(page.request)).toMatchObject({ username: 'owner', role: 'owner' });
});

test('a wrong PIN does not sign in; a cashier signed in by PIN stays out of the back office', async ({
  page,
}, testInfo) => {
  const { store, catalog } = await ownerView();
  await enrolAsOwner(page, store, registerCodeFor(testInfo));

  await test.step('a wrong PIN is refused with the translated message', async () => {
    await page.getByTestId('pin-username').fill('cashier2');
    for (const digit of '9999') await page.getByTestId(`pin-key-${digit}`).click();
    await page.getByTestId('pin-submit').click();
    await expect(page.getByTestId('pin-error')).toHaveText(zhCN.errors.invalid_pin);
    await expect(page.getByTestId('pin-input')).toHaveValue('');
    await expect(page.getByTestId('pin-login')).toBeVisible();
    await expect(page.getByTestId('register')).toHaveCount(0);
    expect(await whoAmI(page.request)).toMatchObject({ username: 'owner' });
  });

  await test.step('the right PIN signs the cashier in', async () => {
    await pinSignIn(page, 'cashier2', '3333');
    expect(await whoAmI(page.request)).toMatchObject({ username: 'cashier2', role: 'cashier' });
  });

  for (const path of ['/backoffice/products', '/backoffice/sales']) {
    await test.step(`${path} sends the cashier away`, async () => {
      await page.goto(path);
      await expect(page).toHaveURL(/\/$/);
      await expect(page.getByTestId('home-register')).toBeVisible();
      await expect(page.getByTestId('home-backoffice')).toHaveCount(0);
      await expect(page.getByTestId('backoffice')).toHaveCount(0);
    });
  }

  await test.step('the server refuses the cashier a catalogue change too', async () => {
    const response = await page.request.post('/api/v1/products', {
      data: { sku: `E2E-NOPE-${Date.now()}`, name: 'x', price: 100, taxClassId: catalog.taxClasses[0]?.id },
    });
    expect(response.status()).toBe(403);
    expect(await response.json()).toMatchObject({ error: { code: 'forbidden' } });
  });
});
