import { allocate } from './allocate';
import { assertSafeInteger, divideRounded, type RoundingMode, toSafeNumber } from './rounding';

/** Whether shelf prices include tax (China VAT, EU) or tax is added at the till (US sales tax). */
export type TaxMode = 'inclusive' | 'exclusive';
/** Round tax on every line, or once per rate on the receipt's summed amounts. */
export type TaxRounding = 'line' | 'receipt';
/** When extracting tax from an inclusive amount, which part is rounded; the other is the difference. */
export type InclusiveRoundTarget = 'net' | 'tax';

/** Store-level tax settings for {@link computeTax}. */
export type TaxSettings = {
  readonly mode: TaxMode;
  readonly rounding: TaxRounding;
  readonly inclusiveTarget: InclusiveRoundTarget;
  readonly roundingMode: RoundingMode;
};

/** One taxable amount: the line amount after discounts as the customer sees it, and its rate in ppm. */
export type TaxLineInput = { readonly amount: number; readonly ratePpm: number };
/** Net + tax = gross, in minor units. */
export type TaxSplit = { readonly net: number; readonly tax: number; readonly gross: number };
/** Totals of one tax rate. */
export type TaxRateTotal = TaxSplit & { readonly ratePpm: number };
/** Result of {@link computeTax}: per line (input order), per rate (ascending) and in total. */
export type TaxResult = TaxSplit & { readonly lines: TaxSplit[]; readonly byRate: TaxRateTotal[] };

/** Parts per million in 100%: a rate of 13% is 130000 ppm. */
export const PPM = 1_000_000;

/** Splits one amount (gross if inclusive, net if exclusive) into net, tax and gross. */
function split(amount: number, ratePpm: number, settings: TaxSettings): TaxSplit {
  const a = BigInt(amount);
  const r = BigInt(ratePpm);
  const m = settings.roundingMode;
  if (settings.mode === 'exclusive') {
    const tax = toSafeNumber(divideRounded(a * r, BigInt(PPM), m));
    return { net: amount, tax, gross: amount + tax };
  }
  const divisor = BigInt(PPM) + r;
  if (settings.inclusiveTarget === 'net') {
    const net = toSafeNumber(divideRounded(a * BigInt(PPM), divisor, m));
    return { net, tax: amount - net, gross: amount };
  }
  const tax = toSafeNumber(divideRounded(a * r, divisor, m));
  return { net: amount - tax, tax, gross: amount };
}

/** Rebuilds a line's split from its share of the group tax. */
function fromTax(amount: number, tax: number, mode: TaxMode): TaxSplit {
  return mode === 'inclusive'
    ? { net: amount - tax, tax, gross: amount }
    : { net: amount, tax, gross: amount + tax };
}

function sumOf(values: readonly number[]): number {
  return values.reduce((s, v) => s + v, 0);
}

function sumSplits(splits: readonly TaxSplit[]): TaxSplit {
  let net = 0;
  let tax = 0;
  let gross = 0;
  for (const s of splits) {
    net += s.net;
    tax += s.tax;
    gross += s.gross;
  }
  return { net, tax, gross };
}

/**
 * Computes tax for a sale's lines. Each `amount` is what the customer sees for the line after
 * discounts: gross when `mode` is 'inclusive', net when 'exclusive'. Rates are integers in ppm
 * (13% = 130000). Every intermediate product is bigint.
 *
 * - `rounding: 'line'` rounds each line's tax and sums.
 * - `rounding: 'receipt'` rounds once per rate on the summed amounts, then allocates that tax back
 *   onto the rate's lines by largest remainder weighted by amount, so line taxes still sum to it.
 *
 * Invariants: gross = net + tax for each line, rate and the total; inclusive: Σ gross = Σ amounts;
 * exclusive: Σ net = Σ amounts.
 * @throws RangeError for non-integer amounts, negative or non-integer rates, and (receipt rounding
 * only) a rate group mixing positive and negative amounts, which has no meaningful proportional split.
 */
export function computeTax(lines: readonly TaxLineInput[], settings: TaxSettings): TaxResult {
  for (const line of lines) {
    assertSafeInteger(line.amount, 'amount');
    assertSafeInteger(line.ratePpm, 'ratePpm', 0);
  }
  const rates = [...new Set(lines.map((l) => l.ratePpm))].sort((a, b) => a - b);
  const splits: TaxSplit[] = new Array(lines.length);

  if (settings.rounding === 'line') {
    lines.forEach((line, i) => {
      splits[i] = split(line.amount, line.ratePpm, settings);
    });
  } else {
    for (const rate of rates) {
      const indexes = lines.flatMap((l, i) => (l.ratePpm === rate ? [i] : []));
      const amounts = indexes.map((i) => lines[i]?.amount ?? 0);
      if (amounts.some((a) => a > 0) && amounts.some((a) => a < 0)) {
        throw new RangeError('Receipt-level tax rounding needs the amounts of one rate to share a sign');
      }
      const group = split(sumOf(amounts), rate, settings);
      const taxes = allocate(group.tax, amounts.map(Math.abs));
      indexes.forEach((lineIndex, k) => {
        splits[lineIndex] = fromTax(amounts[k] ?? 0, taxes[k] ?? 0, settings.mode);
      });
    }
  }

  const byRate = rates.map((ratePpm) => ({
    ratePpm,
    ...sumSplits(splits.filter((_, i) => lines[i]?.ratePpm === ratePpm)),
  }));
  return { lines: splits, byRate, ...sumSplits(splits) };
}

/** A rate in ppm as a percentage for display: 130000 → '13%', 65000 → '6.5%', 0 → '0%'. */
export function formatTaxRate(ratePpm: number): string {
  assertSafeInteger(ratePpm, 'ratePpm', 0);
  const whole = Math.floor(ratePpm / 10_000);
  const fraction = String(ratePpm % 10_000)
    .padStart(4, '0')
    .replace(/0+$/, '');
  return fraction === '' ? `${whole}%` : `${whole}.${fraction}%`;
}
