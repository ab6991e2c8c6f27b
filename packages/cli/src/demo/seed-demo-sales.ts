import type { CreateSaleBody } from '@kassa/api';
import {
  breakDown,
  businessDate,
  type CashRoundingRule,
  type PricingSettings,
  priceTicket,
  ROUNDING_MODES,
  type RoundingMode,
  roundCash,
  Ticket,
  uuidV7,
} from '@kassa/core';
import type { Store } from '@kassa/db';
import {
  closeShift,
  completeSale,
  type KassaContext,
  openShift,
  readShiftReport,
  type ShiftActor,
  takeZReport,
} from '@kassa/server';
import { cashHandedOver, type DemoSalePlan } from './demo-sales';
import type { SeededProduct } from './seed-demo-catalog';

/** Where the demo sales happen: register ids by code, the selling staff by user name. */
export type DemoSaleSetting = {
  readonly store: Store;
  readonly registerIds: ReadonlyMap<string, string>;
  readonly staff: ReadonlyMap<string, { readonly id: string; readonly displayName: string }>;
};

/** The demo float, ¥500 in the notes and coins a till starts the day with. */
const OPENING_COUNT = [
  { denomination: 5000, count: 4 },
  { denomination: 2000, count: 5 },
  { denomination: 1000, count: 10 },
  { denomination: 500, count: 10 },
  { denomination: 100, count: 40 },
  { denomination: 50, count: 10 },
  { denomination: 10, count: 50 },
];
const MINUTE = 60_000;

/** A shift the seeder has open on a register: whose, which business day, and when it last sold. */
type OpenDemoShift = { id: string; key: string; actor: ShiftActor; lastSaleAt: number };

/**
 * Rings up every planned sale through the server's use-cases, each at its own moment (the
 * context's clock is the sale's time), so totals, stock, the journal and events are all exactly
 * what a register would have produced. Each cashier's stretch at a register on a business day is
 * a shift: opened with the float before its first sale, closed with a blind count after its last
 * (counted exactly, except now and then a 抹零 coin short). Every past day gets its Z report; no
 * shift is left open, so the demo's first cashier starts by counting the float. Runs in the
 * caller's transaction.
 */
export async function seedDemoSales(
  ctx: KassaContext,
  setting: DemoSaleSetting,
  plans: readonly DemoSalePlan<SeededProduct>[],
): Promise<number> {
  const { store } = setting;
  const till = tillOf(store);
  const open = new Map<string, OpenDemoShift>();
  const dayOf = (at: number) => businessDate(at, store.timeZone, store.businessDayCutoverMinutes);
  const newId = (at: number) => uuidV7(at, ctx.random(10));
  const closeAll = async (registerId: string, zAt: number | null) => {
    const shift = open.get(registerId);
    if (!shift) return;
    open.delete(registerId);
    const closedAt = shift.lastSaleAt + 10 * MINUTE;
    const at: KassaContext = { ...ctx, clock: () => closedAt };
    const report = await readShiftReport(at, shift.actor, shift.id);
    // One shift in seven is a 角 short: what a real week of blind counts looks like.
    const short = shift.lastSaleAt % 7 === 0 ? 10 : 0;
    const count = breakDown(store.currency, report.summary.expectedCash - short) ?? [];
    await closeShift(at, shift.actor, shift.id, { closedAt, count });
    if (zAt !== null) {
      const z: KassaContext = { ...ctx, clock: () => zAt };
      await takeZReport(
        z,
        { ...shift.actor, registerId: null },
        { id: newId(zAt), registerId, takenAt: zAt },
      );
    }
  };
  for (const plan of plans) {
    const registerId = setting.registerIds.get(plan.registerCode);
    const staff = setting.staff.get(plan.cashier);
    if (registerId === undefined || staff === undefined) {
      throw new Error(`demo sale at register ${plan.registerCode} by ${plan.cashier}: not seeded`);
    }
    const key = `${dayOf(plan.at)} ${plan.cashier}`;
    let shift = open.get(registerId);
    if (shift?.key !== key) {
      const newDay = shift !== undefined && !shift.key.startsWith(dayOf(plan.at));
      // The last shift of a day is followed by the register's Z report at closing time.
      await closeAll(registerId, newDay && shift ? shift.lastSaleAt + 20 * MINUTE : null);
      // As if signed in with a PIN at that register, like the cashier would be.
      const actor: ShiftActor = { staffId: staff.id, storeIds: new Set([store.id]), registerId };
      const openedAt = plan.at - 5 * MINUTE;
      const opened = await openShift({ ...ctx, clock: () => openedAt }, actor, {
        id: newId(openedAt),
        registerId,
        openedAt,
        openingCount: OPENING_COUNT,
      });
      shift = { id: opened.shift.id, key, actor, lastSaleAt: plan.at };
      open.set(registerId, shift);
    }
    shift.lastSaleAt = plan.at;
    // The register sent it a moment after the customer paid.
    const saleCtx: KassaContext = { ...ctx, clock: () => plan.at + 400 };
    const body = saleBody(plan, registerId, shift.id, till, () => newId(plan.at));
    await completeSale(saleCtx, body, {
      staffId: staff.id,
      displayName: staff.displayName,
      storeIds: new Set([store.id]),
      registerId,
      discountLimitBp: 0, // the demo sales carry no discounts
      mayOpenPrice: false,
    });
  }
  // Today stays without a Z report: the day is not over.
  const today = dayOf(ctx.clock());
  for (const [registerId, shift] of [...open]) {
    await closeAll(registerId, shift.key.startsWith(today) ? null : shift.lastSaleAt + 20 * MINUTE);
  }
  return plans.length;
}

/** What the register knows of its store to price a sale and take cash. */
type Till = {
  readonly currency: string;
  readonly pricing: PricingSettings;
  readonly cashRounding: CashRoundingRule;
};

/** The sale as a register would post it: priced with the core, paid in cash or by card. */
function saleBody(
  plan: DemoSalePlan<SeededProduct>,
  registerId: string,
  shiftId: string,
  till: Till,
  newId: () => string,
): CreateSaleBody {
  const lines = plan.lines.map(({ product, quantity, barcode }) => ({
    id: newId(),
    productId: product.id,
    name: product.name,
    sku: product.sku,
    unit: product.unit,
    unitPrice: product.price,
    quantity,
    ratePpm: product.taxRatePpm,
    barcode,
  }));
  const ticket = lines.reduce(
    (t, line) => Ticket.addLine(t, line, { merge: false }),
    Ticket.empty(till.currency),
  );
  const total = priceTicket(ticket, till.pricing).total;
  const p = plan.payment;
  const tender =
    p.kind === 'cash'
      ? // 抹零 first: the customer is asked for the rounded amount and pays that or a round note.
        { kind: 'cash' as const, amount: cashHandedOver(roundCash(total, till.cashRounding), p.noteChoice) }
      : { kind: 'card' as const, amount: total, reference: p.reference, brand: p.brand, last4: p.last4 };
  return {
    id: newId(),
    registerId,
    shiftId,
    createdAt: plan.at,
    lines: lines.map(({ id, productId, quantity, unitPrice, barcode }) => ({
      id,
      productId,
      quantity,
      unitPrice,
      barcode,
    })),
    tenders: [tender],
    expectedTotal: total,
  };
}

function tillOf(store: Store): Till {
  const mode = ROUNDING_MODES.find((m): m is RoundingMode => m === store.roundingMode);
  if (mode === undefined)
    throw new Error(`store ${store.code} has an unknown rounding mode ${store.roundingMode}`);
  return {
    currency: store.currency,
    pricing: {
      tax: { mode: store.taxMode, rounding: store.taxRounding, inclusiveTarget: store.taxInclusiveTarget },
      roundingMode: mode,
    },
    cashRounding: { increment: store.cashRoundingIncrement, mode: store.cashRoundingMode },
  };
}
