import { normalizeNumericText, scaleDigits, splitDecimal } from './decimal-text';
import { err, ok, type Result } from './result';
import { assertSafeInteger, type RoundingMode, roundDiv, toBigInt } from './rounding';

/** How a product is sold: by the piece or by weight. */
export type Unit = 'piece' | 'kg';

/** Why a typed quantity was refused. */
export type QuantityParseError =
  | { readonly code: 'empty' }
  | { readonly code: 'not_a_number'; readonly text: string }
  | { readonly code: 'ambiguous_separator'; readonly text: string }
  | { readonly code: 'too_precise'; readonly maxDecimals: 3 }
  | { readonly code: 'negative' }
  | { readonly code: 'out_of_range' };

const QUANTITY_SCALE = 1000;
const MAX = BigInt(Number.MAX_SAFE_INTEGER);

function parse(text: string): Result<number, QuantityParseError> {
  const normalized = normalizeNumericText(text);
  if (normalized === '') return err({ code: 'empty' });
  const match = /^([+-]?)\s*([0-9.,]+)$/.exec(normalized);
  if (!match) return err({ code: 'not_a_number', text });
  const [, sign, body = ''] = match;
  const digits = splitDecimal(body);
  if (typeof digits === 'string') return err({ code: digits, text });
  const scaled = scaleDigits(digits, 3, false);
  if (scaled === 'too_many_decimals') return err({ code: 'too_precise', maxDecimals: 3 });
  if (scaled > MAX) return err({ code: 'out_of_range' });
  if (sign === '-' && scaled !== 0n) return err({ code: 'negative' });
  return ok(Number(scaled));
}

// Building an Intl.NumberFormat costs far more than formatting with one: every cart row formats.
const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: string, fractionDigits: number): Intl.NumberFormat {
  const key = `${locale}|${fractionDigits}`;
  let cached = numberFormats.get(key);
  if (!cached) {
    cached = new Intl.NumberFormat(locale, {
      minimumFractionDigits: fractionDigits,
      maximumFractionDigits: 3,
    });
    numberFormats.set(key, cached);
  }
  return cached;
}

function format(quantity: number, unit: Unit, locale: string): string {
  assertSafeInteger(quantity, 'quantity');
  const sign = quantity < 0 ? '-' : '';
  const digits = Math.abs(quantity).toString().padStart(4, '0');
  const decimal = `${sign}${digits.slice(0, -3)}.${digits.slice(-3)}` as `${number}`;
  // Weights always show grams ('0.350 kg'); piece counts only the decimals they have ('2', '1.5').
  const fractionDigits = unit === 'kg' ? 3 : 0;
  const text = numberFormat(locale, fractionDigits).format(decimal);
  return unit === 'kg' ? `${text} kg` : text;
}

/**
 * A quantity is an integer count of thousandths of a unit: 1 piece = 1000, 0.350 kg = 350.
 * Integers keep weights exact; 3 decimals is the resolution of a retail scale (1 g).
 */
export const Quantity = {
  /** One unit (1 piece, 1 kg) in thousandths. */
  ONE: QUANTITY_SCALE,
  /** Whole units to thousandths: fromUnits(2) → 2000. @throws RangeError on a non-integer. */
  fromUnits(units: number): number {
    assertSafeInteger(units, 'units');
    assertSafeInteger(units * QUANTITY_SCALE, 'quantity');
    return units * QUANTITY_SCALE;
  },
  /** Parses a typed quantity: '0.35' → 350, '2' → 2000, '0.0005' → `too_precise`, '-1' → `negative`. */
  parse,
  /** Formats for display: (350, 'kg', 'zh-CN') → '0.350 kg'; (2000, 'piece', 'zh-CN') → '2'. */
  format,
} as const;

/**
 * The amount of a line: unit price (minor units per unit) × quantity (thousandths) / 1000, rounded
 * once with `mode`. 12.99/kg × 0.350 kg: 1299 × 350 / 1000 = 454.65 → 455 (half-up).
 * The product is taken in bigint so prices × large quantities never lose precision.
 */
export function lineAmount(unitPrice: number, quantity: number, mode: RoundingMode = 'half-up'): number {
  return roundDiv(toBigInt(unitPrice, 'unitPrice') * toBigInt(quantity, 'quantity'), 1000n, mode);
}
