import type { Product } from '@kassa/api';
import { encodeScaleBarcode, formatMoney, priceTicket, settle, Ticket, type TicketLine } from '@kassa/core';
import { expect, test } from '@playwright/test';
import { E2E } from './e2e-env';
import { onHand, ownerView, pieceProduct, weighedProduct } from './owner-api';
import { openShiftIfAsked } from './register-helpers';

/**
 * The foundation story: the owner signs in and enrols this browser as a register, a cashier signs in
 * with a PIN, scans two packaged items and a scale label, pays cash, gets change and a receipt; the
 * sale is in the back office once, stock went down and the journal verifies.
 */
test('a cashier sells two packaged items and a weighed one for cash', async ({ page }, testInfo) => {
  const phone = testInfo.project.name === 'phone';
  const view = await ownerView();
  const { store, catalog } = view;
  const registerCode = phone ? '02' : '01';
  const cola = pieceProduct(catalog, phone ? 3 : 0);
  const chips = pieceProduct(catalog, phone ? 4 : 1);
  const apples = weighedProduct(catalog, phone ? 1 : 0);
  const grams = 1234; // 1.234 kg on the scale label
  const template = store.scaleBarcodeTemplates.find((t) => t.kind === 'weight');
  if (!template) throw new Error('the store has no weight label template');
  const scaleLabel = encodeScaleBarcode(template, apples.plu, grams);
  const before = await Promise.all([cola, chips, apples].map((p) => onHand(view, p.id)));

  // What the register must show, priced by the same core the register and server use.
  const rate = new Map(catalog.taxClasses.map((t) => [t.id, t.ratePpm]));
  const line = (p: Product, quantity: number): TicketLine => ({
    id: p.id,
    productId: p.id,
    name: p.name,
    sku: p.sku,
    unit: p.unit,
    unitPrice: p.price,
    quantity,
    ratePpm: rate.get(p.taxClassId) ?? 0,
  });
  let ticket = Ticket.empty(store.currency);
  for (const l of [line(cola, 1000), line(chips, 1000), line(apples, grams)])
    ticket = Ticket.addLine(ticket, l);
  const priced = priceTicket(ticket, {
    tax: { mode: store.taxMode, rounding: store.taxRounding, inclusiveTarget: store.taxInclusiveTarget },
    roundingMode: store.roundingMode,
  });
  const tendered = Math.ceil((priced.total + 1) / 10_000) * 10_000; // the next ¥100 note above the total
  const settled = settle(priced.total, [{ kind: 'cash', amount: tendered }], store.cashRounding);
  if (!settled.ok) throw new Error('the story does not settle');
  const yuan = (amount: number) => formatMoney({ amount, currency: store.currency }, 'zh-CN');

  await test.step('the owner signs in and enrols this browser as a register', async () => {
    await page.goto('/login');
    await page.getByTestId('login-username').fill('owner');
    await page.getByTestId('login-password').fill(E2E.ownerPassword);
    await page.getByTestId('login-submit').click();
    await expect(page.getByTestId('today-page')).toBeVisible();
    await page.getByTestId('nav-register').click();
    await page.locator(`[data-testid="enrol-store"][data-store-code="${store.code}"]`).click();
    await page.locator(`[data-testid="enrol-register"][data-register-code="${registerCode}"]`).click();
  });

  await test.step('a cashier signs in with a PIN', async () => {
    await page.getByTestId('pin-username').fill('cashier1');
    await page.getByTestId('pin-input').fill('2222');
    await page.getByTestId('pin-submit').click();
    await openShiftIfAsked(page);
    await expect(page.getByTestId('register-cashier')).toBeVisible();
    // A phone keeps the on-screen keyboard down (no auto-focus); scanner keystrokes are caught anyway.
    if (!phone) await expect(page.getByTestId('scan-input')).toBeFocused();
  });

  await test.step('scans: a bad code beeps and adds nothing; three good codes add three lines', async () => {
    const badCheckDigit = cola.barcodes[0].slice(0, -1) + String((Number(cola.barcodes[0].at(-1)) + 1) % 10);
    await page.keyboard.type(badCheckDigit);
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('scan-error')).toBeVisible();
    await expect(page.getByTestId('cart-line')).toHaveCount(0);
    for (const code of [cola.barcodes[0], chips.barcodes[0], scaleLabel]) {
      await page.keyboard.type(code);
      await page.keyboard.press('Enter');
    }
    await expect(page.getByTestId('cart-line')).toHaveCount(3);
    await expect(page.locator(`[data-testid="cart-line"][data-sku="${apples.sku}"]`)).toContainText('1.234');
    await expect(page.getByTestId('cart-total')).toHaveText(yuan(priced.total));
    await page.screenshot({ path: `docs/screenshots/${testInfo.project.name}-register.png` });
  });

  let receiptNo = '';
  await test.step('pays cash, sees the change and the receipt', async () => {
    await page.getByTestId('pay-button').click();
    await expect(page.getByTestId('pay-due')).toContainText(yuan(priced.total));
    await page.getByTestId('pay-cash-amount-input').fill((tendered / 100).toFixed(2));
    await page.getByTestId('pay-cash-submit').click();
    await expect(page.getByTestId('receipt-panel')).toHaveAttribute('data-status', 'recorded');
    await expect(page.getByTestId('receipt-change')).toHaveText(yuan(settled.value.change));
    receiptNo = (await page.getByTestId('receipt-no').textContent()) ?? '';
    expect(receiptNo).toMatch(new RegExp(`^${store.code}-${registerCode}-\\d{6}$`));
    const receipt = page.frameLocator('[data-testid="receipt-frame"]');
    await expect(receipt.getByText(receiptNo).first()).toBeVisible();
    await expect(receipt.getByText(apples.name).first()).toBeVisible();
    await page.screenshot({ path: `docs/screenshots/${testInfo.project.name}-receipt.png` });
  });

  await test.step('the sale exists once, stock went down, the journal verifies', async () => {
    const { items } = await view.api.call('listSales', { query: { storeId: store.id, limit: 50 } });
    const matching = items.filter((s) => s.receiptNo === receiptNo);
    expect(matching).toHaveLength(1);
    const sale = await view.api.call('getSale', { params: { id: matching[0]?.id ?? '' } });
    expect(sale.total).toBe(priced.total);
    expect(sale.change).toBe(settled.value.change);
    expect(sale.lines.map((l) => [l.productId, l.quantity])).toEqual([
      [cola.id, 1000],
      [chips.id, 1000],
      [apples.id, grams],
    ]);
    const after = await Promise.all([cola, chips, apples].map((p) => onHand(view, p.id)));
    expect(after).toEqual([before[0]! - 1000, before[1]! - 1000, before[2]! - grams]);
    const journal = await view.api.call('verifyJournal', { params: { storeId: store.id } });
    expect(journal).toMatchObject({ ok: true, brokenAt: null });
  });

  await test.step('the owner finds the sale in the back office and opens its receipt', async () => {
    await page.getByTestId('register-sign-out').click();
    await page.goto('/login?next=/backoffice/sales');
    await page.getByTestId('login-username').fill('owner');
    await page.getByTestId('login-password').fill(E2E.ownerPassword);
    await page.getByTestId('login-submit').click();
    await expect(page.getByTestId('sales-page')).toBeVisible();
    const row = page.locator(`[data-testid="sale-row"][data-receipt-no="${receiptNo}"]`);
    await expect(row).toBeVisible();
    await page.screenshot({ path: `docs/screenshots/${testInfo.project.name}-backoffice-sales.png` });
    await row.getByTestId('sale-row-link').click();
    await expect(page.getByTestId('sale-receipt-no')).toHaveText(receiptNo);
    await expect(page.getByTestId('sale-total')).toHaveText(yuan(priced.total));
  });
});
