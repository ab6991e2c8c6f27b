import { expect, test } from '@playwright/test';

type WorkerWindow = {
  navigator: { serviceWorker: { ready: Promise<unknown>; controller: unknown } };
  caches: { keys(): Promise<string[]> };
};

/**
 * Installable PWA: once the app has loaded one time, its service worker has every file it needs,
 * and the app starts with the network gone (the sign-in page answers from the device; the server
 * is needed again only to sign in). Back online, the newest release is what loads.
 */
test('once loaded, the app starts with no network at all', async ({ page, context }) => {
  await page.goto('/');
  await expect(page.getByTestId('login-form')).toBeVisible();
  await page.evaluate(async () => {
    await (globalThis as unknown as WorkerWindow).navigator.serviceWorker.ready;
  });
  // Installed and in control of the page: what it serves from now on comes from its cache.
  await page.waitForFunction(
    () => (globalThis as unknown as WorkerWindow).navigator.serviceWorker.controller !== null,
  );
  const caches = await page.evaluate(() => (globalThis as unknown as WorkerWindow).caches.keys());
  expect(caches.some((name) => name.startsWith('kassa-app-'))).toBe(true);

  await context.setOffline(true);
  try {
    await page.reload();
    await expect(page.getByTestId('login-form')).toBeVisible();
    // A deep link as well: the register's address opens the app, which asks for its enrolment.
    await page.goto('/register');
    await expect(page.locator('#root')).not.toBeEmpty();
    // Proof the server is really out of reach: signing in fails with the network's message.
    await page.goto('/login');
    await page.getByTestId('login-username').fill('owner');
    await page.getByTestId('login-password').fill('not-checked');
    await page.getByTestId('login-submit').click();
    await expect(page.getByTestId('login-error')).toContainText('无法连接服务器');
  } finally {
    await context.setOffline(false);
  }
});
