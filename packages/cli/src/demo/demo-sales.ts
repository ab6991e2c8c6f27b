import { DEFAULT_SCALE_TEMPLATES, encodeScaleBarcode, type ScaleBarcodeTemplate } from '@kassa/core';
import type { DemoProduct } from './demo-catalog';
import { createPrng, type Prng } from './prng';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
// QUIRK(demo-time): the demo store is in Asia/Shanghai, which has kept UTC+8 without daylight
// saving since 1991, so a fixed offset places sales in opening hours without a time-zone library.
const SHANGHAI_OFFSET = 8 * HOUR;

/** Relative footfall per opening hour, 07:00–21:00 (the store closes at 22:00). */
// biome-ignore format: a table
const HOURLY_TRAFFIC: readonly (readonly [hour: number, weight: number])[] = [
  [7, 4], [8, 6], [9, 3], [10, 3], [11, 6], [12, 9], [13, 5], [14, 3],
  [15, 3], [16, 4], [17, 8], [18, 10], [19, 8], [20, 5], [21, 3],
];

/** How many lines a basket has: mostly 1–3, rarely 8. */
// biome-ignore format: a table
const LINE_COUNT_WEIGHTS: readonly (readonly [count: number, weight: number])[] = [
  [1, 30], [2, 25], [3, 18], [4, 10], [5, 7], [6, 5], [7, 3], [8, 2],
];

/** One line of a planned sale; `barcode` is what the register scanned (a scale label for kg). */
export type DemoSaleLine<P extends DemoProduct = DemoProduct> = {
  readonly product: P;
  readonly quantity: number;
  readonly barcode: string;
};

/** How the customer pays; cash says how generously they round up the note they hand over. */
export type DemoPayment =
  | { readonly kind: 'cash'; readonly noteChoice: number }
  | { readonly kind: 'card'; readonly reference: string; readonly brand: string; readonly last4: string };

/** A sale of the demo history, before it goes through the sale use-case. */
export type DemoSalePlan<P extends DemoProduct = DemoProduct> = {
  readonly at: number;
  readonly registerCode: '01' | '02';
  readonly cashier: string;
  readonly lines: readonly DemoSaleLine<P>[];
  readonly payment: DemoPayment;
};

export type DemoSalesOptions<P extends DemoProduct> = {
  readonly products: readonly P[];
  /** The clock's now: the history ends here. */
  readonly now: number;
  readonly days: number;
  readonly seed: number;
  readonly scaleTemplate?: ScaleBarcodeTemplate;
};

/**
 * Plans `days` days of sales ending at `now` (today so far included), oldest first: 20–40 sales on
 * a weekday, 35–60 on a weekend, busiest at breakfast, lunch and after work. Register 01 is staffed
 * by cashier1 until 15:00 and cashier2 after; the manager opens register 02 when it is busy.
 */
export function planDemoSales<P extends DemoProduct>(options: DemoSalesOptions<P>): DemoSalePlan<P>[] {
  const rng = createPrng(options.seed);
  const template = options.scaleTemplate ?? (DEFAULT_SCALE_TEMPLATES[0] as ScaleBarcodeTemplate);
  const todayStart = Math.floor((options.now + SHANGHAI_OFFSET) / DAY) * DAY - SHANGHAI_OFFSET;
  const plans: DemoSalePlan<P>[] = [];
  for (let d = options.days - 1; d >= 0; d -= 1) {
    const dayStart = todayStart - d * DAY;
    const weekday = new Date(dayStart + SHANGHAI_OFFSET).getUTCDay();
    const weekend = weekday === 0 || weekday === 6;
    const count = weekend ? rng.int(35, 60) : rng.int(20, 40);
    const times: number[] = [];
    for (let i = 0; i < count; i += 1) {
      const [hour] = rng.weighted(HOURLY_TRAFFIC, ([, weight]) => weight);
      times.push(dayStart + hour * HOUR + rng.int(0, HOUR - 1));
    }
    times.sort((a, b) => a - b);
    for (const at of times) {
      // Drawn before the cut so that today's early sales are the same whatever time it is now.
      const plan = planSale(at, rng, options.products, template);
      if (at < options.now) plans.push(plan);
    }
  }
  return plans;
}

function planSale<P extends DemoProduct>(
  at: number,
  rng: Prng,
  products: readonly P[],
  template: ScaleBarcodeTemplate,
): DemoSalePlan<P> {
  const hour = Math.floor(((at + SHANGHAI_OFFSET) % DAY) / HOUR);
  const busy = (hour >= 11 && hour <= 13) || (hour >= 17 && hour <= 19);
  const onSecondRegister = busy && rng.chance(0.35);
  const [lineCount] = rng.weighted(LINE_COUNT_WEIGHTS, ([, weight]) => weight);
  const chosen = new Set<P>();
  while (chosen.size < Math.min(lineCount, products.length))
    chosen.add(rng.weighted(products, (p) => p.popularity));
  const lines = [...chosen].map((product) => planLine(product, rng, template));
  return {
    at,
    registerCode: onSecondRegister ? '02' : '01',
    cashier: onSecondRegister ? 'manager' : hour < 15 ? 'cashier1' : 'cashier2',
    lines,
    payment: rng.chance(0.7) ? { kind: 'cash', noteChoice: rng.next() } : cardPayment(rng),
  };
}

function planLine<P extends DemoProduct>(
  product: P,
  rng: Prng,
  template: ScaleBarcodeTemplate,
): DemoSaleLine<P> {
  if (product.unit === 'kg') {
    // Dear cuts (beef, prawns, cherries) are bought by the few hundred grams.
    const grams = product.price > 5000 ? rng.int(150, 600) : rng.int(200, 2000);
    return { product, quantity: grams, barcode: encodeScaleBarcode(template, product.plu ?? '0', grams) };
  }
  const pieces = product.price < 500 && rng.chance(0.3) ? rng.int(2, 4) : rng.chance(0.08) ? 2 : 1;
  return { product, quantity: pieces * 1000, barcode: product.barcodes[0] ?? '' };
}

function cardPayment(rng: Prng): DemoPayment {
  const digits = (n: number): string => Array.from({ length: n }, () => String(rng.int(0, 9))).join('');
  const brand = rng.weighted(
    [
      ['银联', 85],
      ['VISA', 10],
      ['Mastercard', 5],
    ] as const,
    ([, weight]) => weight,
  )[0];
  return { kind: 'card', reference: `T${digits(12)}`, brand, last4: digits(4) };
}

/**
 * What a cash customer hands over for `due` fen: the exact amount, or the next whole yuan, ¥10,
 * ¥50 or ¥100 note, picked by `noteChoice` in [0, 1) among the amounts that cover `due`.
 */
export function cashHandedOver(due: number, noteChoice: number): number {
  const roundUp = (step: number): number => Math.ceil(due / step) * step;
  const options = [...new Set([due, roundUp(100), roundUp(1000), roundUp(5000), roundUp(10000)])].filter(
    (amount) => amount >= due && amount > 0 && amount - due < 10000,
  );
  return options[Math.min(options.length - 1, Math.floor(noteChoice * options.length))] ?? due;
}
