import { priceTicket, Ticket } from '@kassa/core';
import { expect, type Page, test } from '@playwright/test';
import { en, zhCN } from './messages';
import { ownerView, pieceProduct } from './owner-api';
import {
  expectCart,
  isPhone,
  openRegister,
  pricingOf,
  registerCodeFor,
  scan,
  ticketLine,
} from './register-helpers';

// Evaluated in the page as text: this project type-checks without the DOM library.
const computed = (page: Page, element: string, property: string) =>
  page.evaluate<string>(`getComputedStyle(${element}).${property}`);
const rootFontSize = async (page: Page) =>
  Number.parseFloat(await computed(page, 'document.documentElement', 'fontSize'));
const background = (page: Page) => computed(page, 'document.body', 'backgroundColor');
const colorScheme = (page: Page) => computed(page, 'document.documentElement', 'colorScheme');

async function openSettings(page: Page) {
  await page.getByTestId('settings-button').click();
  await expect(page.getByTestId('settings-dialog')).toBeVisible();
}

async function choose(page: Page, testId: string) {
  const option = page.getByTestId(testId);
  await option.click();
  await expect(option).toHaveAttribute('aria-pressed', 'true');
}

async function closeSettings(page: Page) {
  await page.getByTestId('settings-dialog-close').click();
  await expect(page.getByTestId('settings-dialog')).toHaveCount(0);
}

/**
 * Display preferences belong to the device: a cashier switches the register to English, a dark
 * theme and extra-large text; money is still formatted for the language; everything survives a
 * reload of the page, and switching back to 中文 restores the Chinese screen.
 */
test('language, theme and font size are switched, applied and kept across a reload', async ({
  page,
}, testInfo) => {
  const view = await ownerView();
  const { store, catalog } = view;
  const product = pieceProduct(catalog, isPhone(testInfo) ? 31 : 30);
  const priced = priceTicket(
    Ticket.addLine(Ticket.empty(store.currency), ticketLine(catalog, product, 3000)),
    pricingOf(store),
  );
  const html = page.locator('html');
  const loginTitle = page.getByRole('heading', { level: 1 });

  await page.goto('/login');
  await expect(loginTitle).toHaveText(zhCN.login.title);
  await expect(html).toHaveAttribute('lang', 'zh-CN');
  const light = { background: await background(page), fontSize: await rootFontSize(page) };
  expect(await colorScheme(page)).toBe('light');

  await test.step('English on the sign-in screen', async () => {
    await openSettings(page);
    await choose(page, 'settings-language-en');
    await expect(page.getByTestId('settings-dialog').getByRole('heading')).toHaveText(en.settings.title);
    await closeSettings(page);
    await expect(loginTitle).toHaveText(en.login.title);
    await expect(page.getByTestId('login-submit')).toHaveText(en.login.submit);
    await expect(html).toHaveAttribute('lang', 'en');
  });

  await test.step('the register speaks English and formats money for it', async () => {
    await openRegister(page, store, registerCodeFor(testInfo));
    await scan(page, product.barcodes[0]);
    await page.keyboard.press('+');
    await page.keyboard.press('+');
    await expectCart(page, priced, 'en');
    await expect(page.getByTestId('pay-button')).toContainText(en.register.pay.open);
    await expect(page.getByTestId('cart-clear')).toHaveText(en.register.cart.clear);
  });

  await test.step('dark theme and extra-large text', async () => {
    await openSettings(page);
    await choose(page, 'settings-theme-dark');
    await choose(page, 'settings-font-x-large');
    await closeSettings(page);
    await expect(html).toHaveAttribute('data-theme', 'dark');
    await expect(html).toHaveAttribute('data-font-size', 'x-large');
    expect(await colorScheme(page)).toBe('dark');
    expect(await background(page)).not.toBe(light.background);
    expect(await rootFontSize(page)).toBeGreaterThan(light.fontSize);
  });

  await test.step('a reload keeps all three, and the sale on screen', async () => {
    const large = await rootFontSize(page);
    const dark = await background(page);
    await page.reload();
    await expect(page.getByTestId('register-cashier')).toBeVisible();
    await expect(html).toHaveAttribute('data-theme', 'dark');
    await expect(html).toHaveAttribute('lang', 'en');
    expect(await rootFontSize(page)).toBe(large);
    expect(await background(page)).toBe(dark);
    await expect(page.getByTestId('pay-button')).toContainText(en.register.pay.open);
    await expectCart(page, priced, 'en');
  });

  await test.step('back to 中文, light and normal text', async () => {
    await openSettings(page);
    await choose(page, 'settings-language-zh-CN');
    await choose(page, 'settings-theme-light');
    await choose(page, 'settings-font-normal');
    await expect(page.getByTestId('settings-dialog').getByRole('heading')).toHaveText(zhCN.settings.title);
    await closeSettings(page);
    await expect(page.getByTestId('pay-button')).toContainText(zhCN.register.pay.open);
    await expectCart(page, priced, 'zh-CN');
    await expect(html).toHaveAttribute('lang', 'zh-CN');
    expect(await background(page)).toBe(light.background);
    expect(await rootFontSize(page)).toBe(light.fontSize);
    await page.reload();
    await expect(page.getByTestId('pay-button')).toContainText(zhCN.register.pay.open);
    await expect(html).toHaveAttribute('data-theme', 'light');
  });
});
