import type { CreateSaleBody } from '@kassa/api';
import {
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
import { completeSale, type KassaContext } from '@kassa/server';
import { cashHandedOver, type DemoSalePlan } from './demo-sales';
import type { SeededProduct } from './seed-demo-catalog';

/** Where the demo sales happen: register ids by code, the selling staff by user name. */
export type DemoSaleSetting = {
  readonly store: Store;
  readonly registerIds: ReadonlyMap<string, string>;
  readonly staff: ReadonlyMap<string, { readonly id: string; readonly displayName: string }>;
};

/**
 * Rings up every planned sale through the server's sale use-case, each at its own moment (the
 * context's clock is the sale's time), so totals, stock, the journal and events are all exactly
 * what a register would have produced. Runs in the caller's transaction.
 */
export async function seedDemoSales(
  ctx: KassaContext,
  setting: DemoSaleSetting,
  plans: readonly DemoSalePlan<SeededProduct>[],
): Promise<number> {
  const till = tillOf(setting.store);
  for (const plan of plans) {
    const registerId = setting.registerIds.get(plan.registerCode);
    const staff = setting.staff.get(plan.cashier);
    if (registerId === undefined || staff === undefined) {
      throw new Error(`demo sale at register ${plan.registerCode} by ${plan.cashier}: not seeded`);
    }
    // The register sent it a moment after the customer paid.
    const saleCtx: KassaContext = { ...ctx, clock: () => plan.at + 400 };
    const body = saleBody(plan, registerId, till, () => uuidV7(plan.at, ctx.random(10)));
    // As if signed in with a PIN at that register, like the cashier would be.
    await completeSale(saleCtx, body, {
      staffId: staff.id,
      displayName: staff.displayName,
      storeIds: new Set([setting.store.id]),
      registerId,
    });
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
