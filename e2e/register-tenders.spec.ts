import type { Sale } from '@kassa/api';
import { priceTicket, roundCash, settle, Ticket, type TicketLine } from '@kassa/core';
import { expect, type Page, test } from '@playwright/test';
import { zhCN } from './messages';
import { type OwnerView, ownerView, pieceProduct } from './owner-api';
import {
  expectCart,
  isPhone,
  moneyIn,
  openRegister,
  pricingOf,
  registerCodeFor,
  scan,
  ticketLine,
} from './register-helpers';

/** Sales this register recorded since `since`, newest first. */
async function salesOf(view: OwnerView, registerId: string, since: number) {
  const { items } = await view.api.call('listSales', { query: { storeId: view.store.id, limit: 100 } });
  return items.filter((s) => s.registerId === registerId && s.recordedAt >= since);
}

async function recordedSale(page: Page, view: OwnerView): Promise<Sale> {
  await expect(page.getByTestId('receipt-panel')).toHaveAttribute('data-status', 'recorded');
  const receiptNo = (await page.getByTestId('receipt-no').textContent()) ?? '';
  const { items } = await view.api.call('listSales', { query: { storeId: view.store.id, limit: 50 } });
  const matching = items.filter((s) => s.receiptNo === receiptNo);
  expect(matching).toHaveLength(1);
  return view.api.call('getSale', { params: { id: matching[0]?.id ?? '' } });
}

/** Rings up `lines` by scanning each product's barcode once per piece. */
async function ringUp(page: Page, lines: readonly (TicketLine & { barcode: string })[]) {
  for (const line of lines) for (let n = 0; n < line.quantity / 1000; n += 1) await scan(page, line.barcode);
}

test('a card payment keeps the terminal reference and last 4 digits, and gives no change', async ({
  page,
}, testInfo) => {
  const view = await ownerView();
  const { store, catalog } = view;
  const money = moneyIn(store);
  const registerCode = registerCodeFor(testInfo);
  const register = view.registers.find((r) => r.code === registerCode);
  const product = pieceProduct(catalog, isPhone(testInfo) ? 11 : 10);
  const line = { ...ticketLine(catalog, product, 2000), barcode: product.barcodes[0] };
  const priced = priceTicket(Ticket.addLine(Ticket.empty(store.currency), line), pricingOf(store));
  const reference = `T${Date.now()}`;
  const card = { kind: 'card', amount: priced.total, reference, brand: 'UnionPay', last4: '4321' } as const;
  const settled = settle(priced.total, [card], store.cashRounding);
  if (!settled.ok || !register) throw new Error('the story does not settle');
  const started = Date.now();

  await openRegister(page, store, registerCode);
  await ringUp(page, [line]);
  await expectCart(page, priced);

  await test.step('the card tab offers the whole amount due', async () => {
    await page.keyboard.press('F9');
    await expect(page.getByTestId('pay-due')).toHaveText(money(priced.total));
    await page.getByTestId('pay-tab-card').click();
    await expect(page.getByTestId('pay-card-amount-input')).toHaveValue((priced.total / 100).toFixed(2));
  });

  await test.step('a card amount above the amount due is refused', async () => {
    await page.getByTestId('pay-card-amount-input').fill(((priced.total + 100) / 100).toFixed(2));
    await page.getByTestId('pay-card-reference-input').fill(reference);
    await page.getByTestId('pay-card-submit').click();
    await expect(page.getByTestId('pay-error')).toHaveText(zhCN.errors.non_cash_exceeds_due);
    await expect(page.getByTestId('pay-tender')).toHaveCount(0);
    await page.getByTestId('pay-card-amount-input').fill((priced.total / 100).toFixed(2));
  });

  await test.step('last 4 digits that are not four digits are refused and nothing is recorded', async () => {
    await page.getByTestId('pay-card-brand').selectOption('UnionPay');
    await page.getByTestId('pay-card-last4-input').fill('12a4');
    // Only digits are kept: "12a4" is three digits, not a card ending.
    await expect(page.getByTestId('pay-card-last4-input')).toHaveValue('124');
    await page.getByTestId('pay-card-submit').click();
    await expect(page.getByTestId('pay-card-last4-error')).toHaveText(zhCN.errors.invalid_card_last4);
    await expect(page.getByTestId('pay-tender')).toHaveCount(0);
    await expect(page.getByTestId('pay-dialog')).toBeVisible();
    await expect(page.getByTestId('receipt-panel')).toHaveCount(0);
    expect(await salesOf(view, register.id, started)).toHaveLength(0);
  });

  await test.step('with the right digits the sale is paid by card', async () => {
    await page.getByTestId('pay-card-last4-input').fill(card.last4);
    await page.getByTestId('pay-card-submit').click();
    await expect(page.getByTestId('receipt-change')).toHaveText(money(0));
    // The printed receipt names the card by its last 4 digits only.
    const receipt = page.frameLocator('[data-testid="receipt-frame"]');
    await expect(receipt.getByText(card.last4).first()).toBeVisible();
    const sale = await recordedSale(page, view);
    expect(sale.total).toBe(priced.total);
    expect(sale).toMatchObject({ cashRounding: 0, change: 0, paidTotal: settled.value.paid });
    expect(sale.tenders).toEqual([
      {
        kind: 'card',
        amount: priced.total,
        tendered: priced.total,
        reference,
        brand: 'UnionPay',
        last4: '4321',
      },
    ]);
    expect(await salesOf(view, register.id, started)).toHaveLength(1);
  });

  await test.step('Enter on the empty scan field starts the next sale', async () => {
    // A phone does not hold the focus in the scan field: the cashier taps it first.
    if (isPhone(testInfo)) await page.getByTestId('scan-input').click();
    await expect(page.getByTestId('scan-input')).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('receipt-panel')).toHaveCount(0);
    await expect(page.getByTestId('cart-empty')).toBeVisible();
    await scan(page, line.barcode);
    await expect(page.getByTestId('cart-line')).toHaveCount(1);
  });
});

test('a split payment: part by card, the rest in cash with 抹零 and change', async ({ page }, testInfo) => {
  const view = await ownerView();
  const { store, catalog } = view;
  const money = moneyIn(store);
  const registerCode = registerCodeFor(testInfo);
  const rule = store.cashRounding;
  expect(rule.increment, 'the demo store rounds cash (抹零)').toBeGreaterThan(1);
  const [a, b] = isPhone(testInfo) ? [14, 15] : [12, 13];
  const lines = [a, b].map((n, i) => {
    const p = pieceProduct(catalog, n);
    return { ...ticketLine(catalog, p, (i + 2) * 1000), barcode: p.barcodes[0] };
  });
  let ticket = Ticket.empty(store.currency);
  for (const l of lines) ticket = Ticket.addLine(ticket, l);
  const priced = priceTicket(ticket, pricingOf(store));
  // The card takes all but an odd amount of fen, so the cash part must be rounded.
  const cashPart = Math.floor(priced.total / 2 / rule.increment) * rule.increment + 7;
  const cardAmount = priced.total - cashPart;
  const cashDue = roundCash(cashPart, rule);
  const cashGiven = Math.ceil((cashDue + 1) / 5000) * 5000; // the next ¥50 note above
  const reference = `S${Date.now()}`;
  const tenders = [
    { kind: 'card', amount: cardAmount, reference },
    { kind: 'cash', amount: cashGiven },
  ] as const;
  const settled = settle(priced.total, tenders, rule);
  if (!settled.ok || cardAmount <= 0) throw new Error('the story does not settle');
  expect(settled.value.cashRounding).not.toBe(0);

  await openRegister(page, store, registerCode);
  await ringUp(page, lines);
  await expectCart(page, priced);

  await test.step('the card pays part: what is left is due in cash, rounded down to the 角', async () => {
    await page.getByTestId('pay-button').click();
    await page.getByTestId('pay-tab-card').click();
    await page.getByTestId('pay-card-amount-input').fill((cardAmount / 100).toFixed(2));
    await page.getByTestId('pay-card-reference-input').fill(reference);
    await page.getByTestId('pay-card-submit').click();
    const tender = page.getByTestId('pay-tender');
    await expect(tender).toHaveCount(1);
    await expect(tender).toHaveAttribute('data-kind', 'card');
    await expect(tender).toContainText(reference);
    await expect(tender).toContainText(money(cardAmount));
    await expect(page.getByTestId('pay-tab-cash')).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByTestId('pay-tendered')).toHaveText(money(cardAmount));
    await expect(page.getByTestId('pay-remaining')).toHaveText(money(cashDue));
    await expect(page.getByTestId('pay-rounding')).toHaveText(money(settled.value.cashRounding));
    await expect(page.getByTestId('pay-cash-exact')).toHaveAttribute('data-amount', String(cashDue));
  });

  await test.step('cash covers the rest: the change is shown before and after', async () => {
    await page.getByTestId('pay-cash-amount-input').fill((cashGiven / 100).toFixed(2));
    await expect(page.getByTestId('pay-change')).toHaveText(money(settled.value.change));
    await expect(page.getByTestId('pay-rounding')).toHaveText(money(settled.value.cashRounding));
    await page.getByTestId('pay-cash-submit').click();
    await expect(page.getByTestId('receipt-change')).toHaveText(money(settled.value.change));
  });

  await test.step('the recorded sale is what the core settles with the store rule', async () => {
    const sale = await recordedSale(page, view);
    const s = settled.value;
    expect(sale).toMatchObject({
      total: priced.total,
      cashRounding: s.cashRounding,
      dueAfterRounding: s.dueAfterRounding,
      paidTotal: s.paid,
      change: s.change,
    });
    expect(sale.tenders).toEqual(
      s.tenders.map((t) => ({
        kind: t.kind,
        amount: t.applied,
        tendered: t.tendered,
        reference: t.reference ?? null,
        brand: t.brand ?? null,
        last4: t.last4 ?? null,
      })),
    );
    expect(sale.lines.map((l) => [l.productId, l.quantity])).toEqual(
      lines.map((l) => [l.productId, l.quantity]),
    );
  });
});
