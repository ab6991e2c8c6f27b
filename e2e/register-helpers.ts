import type { Catalog, Product, Store } from '@kassa/api';
import { formatMoney, type PricedTicket, type PricingSettings, Quantity, type TicketLine } from '@kassa/core';
import { expect, type Page, type TestInfo } from '@playwright/test';
import { E2E } from './e2e-env';

/** Register '01' for the desktop project, '02' for the phone: the two projects never share a till. */
export function registerCodeFor(testInfo: TestInfo): '01' | '02' {
  return testInfo.project.name === 'phone' ? '02' : '01';
}

export function isPhone(testInfo: TestInfo): boolean {
  return testInfo.project.name === 'phone';
}

/** Money as the UI shows it in `locale` (zh-CN by default). */
export function moneyIn(store: Store, locale = 'zh-CN'): (amount: number) => string {
  return (amount) => formatMoney({ amount, currency: store.currency }, locale);
}

/** The core pricing settings of a store, as the register and the server use them. */
export function pricingOf(store: Store): PricingSettings {
  return {
    tax: { mode: store.taxMode, rounding: store.taxRounding, inclusiveTarget: store.taxInclusiveTarget },
    roundingMode: store.roundingMode,
  };
}

/** The ticket line the register makes for `product` (picked or scanned), for the expected totals. */
export function ticketLine(catalog: Catalog, product: Product, quantity = 1000, id = product.id): TicketLine {
  const rate = catalog.taxClasses.find((t) => t.id === product.taxClassId)?.ratePpm ?? 0;
  return {
    id,
    productId: product.id,
    name: product.name,
    sku: product.sku,
    unit: product.unit,
    unitPrice: product.price,
    quantity,
    ratePpm: rate,
  };
}

/** Active piece products with a barcode: the pool the register stories pick distinct products from. */
export function piecePool(catalog: Catalog): Array<Product & { barcodes: [string, ...string[]] }> {
  return catalog.products.filter(
    (p): p is Product & { barcodes: [string, ...string[]] } =>
      p.active && p.unit === 'piece' && p.barcodes.length > 0,
  );
}

/** Signs in on /login with a user name and password (the form's own `next`, if given). */
export async function signInWithPassword(
  page: Page,
  username: string,
  password: string,
  next?: string,
): Promise<void> {
  await page.goto(next ? `/login?next=${encodeURIComponent(next)}` : '/login');
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
}

/**
 * The owner signs in and pairs this browser (context) as register `registerCode` of `store`, with
 * the pairing screen's shortcut for a signed-in owner: a one-time code is created and redeemed
 * through the API, as at any till, and the register's previous device (another test's) is revoked.
 */
export async function enrolAsOwner(page: Page, store: Store, registerCode: string): Promise<void> {
  await signInWithPassword(page, 'owner', E2E.ownerPassword);
  // The owner lands on today's figures; the register is one tap away.
  await page.getByTestId('nav-register').click();
  await page.locator(`[data-testid="enrol-store"][data-store-code="${store.code}"]`).click();
  await page.locator(`[data-testid="enrol-register"][data-register-code="${registerCode}"]`).click();
  await expect(page.getByTestId('pin-login')).toBeVisible();
}

/** Anyone at the till pairs this browser by typing the 8-digit code the back office shows. */
export async function pairWithCode(page: Page, code: string): Promise<void> {
  await page.goto('/register');
  await page.getByTestId('pairing-code').fill(code);
  await page.getByTestId('pairing-submit').click();
  await expect(page.getByTestId('pin-login')).toBeVisible();
}

/**
 * A cashier signs in on the enrolled register with user name and PIN; the sale screen is up. When
 * the register has no open shift, the cashier opens one with a ¥500 float first.
 */
export async function pinSignIn(page: Page, username: string, pin: string): Promise<void> {
  await page.getByTestId('pin-username').fill(username);
  await page.getByTestId('pin-input').fill(pin);
  await page.getByTestId('pin-submit').click();
  await openShiftIfAsked(page);
  await expect(page.getByTestId('register-cashier')).toBeVisible();
}

/** Counts a ¥500 float (5 × ¥100) when the register asks for a shift to be opened. */
export async function openShiftIfAsked(page: Page): Promise<void> {
  await expect(page.getByTestId('open-shift').or(page.getByTestId('register'))).toBeVisible();
  if (await page.getByTestId('open-shift').isVisible()) {
    await page.getByTestId('float-count-10000').fill('5');
    await page.getByTestId('float-count-submit').click();
  }
}

/** Enrols the register and signs `cashier1` in: the usual start of a register story. */
export async function openRegister(page: Page, store: Store, registerCode: string): Promise<void> {
  await enrolAsOwner(page, store, registerCode);
  await pinSignIn(page, 'cashier1', '2222');
}

/** Scans a code the way a keyboard-wedge scanner does: digits, then Enter, with no field in focus. */
export async function scan(page: Page, code: string): Promise<void> {
  await page.keyboard.type(code);
  await page.keyboard.press('Enter');
}

/** The cart shows exactly `priced`: each line (product, quantity, amount) and every total. */
export async function expectCart(page: Page, priced: PricedTicket, locale = 'zh-CN'): Promise<void> {
  const money = (amount: number) => formatMoney({ amount, currency: priced.currency }, locale);
  const rows = page.getByTestId('cart-line');
  await expect(rows).toHaveCount(priced.lines.length);
  for (const [i, line] of priced.lines.entries()) {
    const row = rows.nth(i);
    await expect(row).toHaveAttribute('data-sku', line.sku);
    await expect(row.getByTestId('cart-line-qty')).toHaveText(
      Quantity.format(line.quantity, line.unit, locale),
    );
    await expect(row.getByTestId('cart-line-amount')).toHaveText(money(line.gross - line.lineDiscount));
  }
  await expect(page.getByTestId('cart-items')).toHaveText(String(priced.itemCount));
  await expect(page.getByTestId('cart-subtotal')).toHaveText(money(priced.subtotal));
  if (priced.discountTotal > 0)
    await expect(page.getByTestId('cart-discount')).toHaveText(`−${money(priced.discountTotal)}`);
  else await expect(page.getByTestId('cart-discount')).toHaveCount(0);
  await expect(page.getByTestId('cart-tax')).toHaveText(money(priced.taxTotal));
  await expect(page.getByTestId('cart-total')).toHaveText(money(priced.total));
}
