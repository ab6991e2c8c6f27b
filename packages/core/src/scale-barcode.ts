import { gtinCheckDigit } from './gtin';

/**
 * Layout of an in-store scale label (EAN-13 with a restricted-circulation prefix): prefix + PLU +
 * value + EAN-13 check digit, 13 digits in all. A `weight` value is the weight in kg with
 * `valueDecimals` decimals (default 3, i.e. grams, which are thousandths of a kg — the quantity
 * unit — directly). A `price` value is the label's amount in minor units of the store currency
 * (`valueDecimals` does not apply).
 */
export type ScaleBarcodeTemplate = {
  readonly prefix: string;
  readonly pluLength: number;
  readonly valueLength: number;
  readonly kind: 'weight' | 'price';
  readonly valueDecimals?: number;
};

/** A decoded scale label: a PLU with a weight (quantity in thousandths of a kg) or a fixed amount. */
export type ScaleBarcode =
  | { readonly plu: string; readonly kind: 'weight'; readonly quantity: number }
  | { readonly plu: string; readonly kind: 'price'; readonly amount: number };

/**
 * The common Chinese scale layout (大华/顶尖 style): 2-digit in-store prefix '20' + 5-digit PLU +
 * 5-digit weight in grams + check digit = 13 digits. Stores whose scales print another prefix
 * (21, 22, …) or prices instead of weights configure their own templates.
 */
export const DEFAULT_SCALE_TEMPLATES: readonly ScaleBarcodeTemplate[] = Object.freeze([
  Object.freeze({ prefix: '20', pluLength: 5, valueLength: 5, kind: 'weight' as const }),
]);

/** Multiplier from the label's value to thousandths of a kg: 10^(3 − valueDecimals). */
function weightFactor(template: ScaleBarcodeTemplate): number {
  return 10 ** (3 - (template.valueDecimals ?? 3));
}

/**
 * True when a template describes exactly 13 digits (prefix + PLU + value + check digit) with a digit
 * prefix and, for weight, 0–3 value decimals. Use it to validate store settings at the edge.
 */
export function isValidScaleTemplate(t: ScaleBarcodeTemplate): boolean {
  const lengthsOk =
    Number.isInteger(t.pluLength) && t.pluLength > 0 && Number.isInteger(t.valueLength) && t.valueLength > 0;
  const decimals = t.valueDecimals ?? 3;
  const decimalsOk = t.kind === 'price' || (Number.isInteger(decimals) && decimals >= 0 && decimals <= 3);
  return (
    /^\d+$/.test(t.prefix) && lengthsOk && decimalsOk && t.prefix.length + t.pluLength + t.valueLength === 12
  );
}

function assertTemplate(t: ScaleBarcodeTemplate): void {
  if (!isValidScaleTemplate(t)) throw new RangeError(`Invalid scale barcode template: ${JSON.stringify(t)}`);
}

/**
 * Decodes a scanned code with the first matching template (longest prefix first). Returns null when
 * the code is not 13 digits, no template's prefix matches, or the check digit is wrong.
 * '2000042003500' with the default template → { plu: '00042', kind: 'weight', quantity: 350 } (0.350 kg).
 * @throws RangeError for the matching template if it is invalid (see {@link isValidScaleTemplate}).
 */
export function parseScaleBarcode(
  code: string,
  templates: readonly ScaleBarcodeTemplate[],
): ScaleBarcode | null {
  if (!/^\d{13}$/.test(code)) return null;
  const ordered = [...templates].sort((a, b) => b.prefix.length - a.prefix.length);
  const template = ordered.find((t) => code.startsWith(t.prefix));
  if (!template) return null;
  assertTemplate(template);
  if (gtinCheckDigit(code.slice(0, 12)) !== Number(code.charAt(12))) return null;
  const pluStart = template.prefix.length;
  const valueStart = pluStart + template.pluLength;
  const plu = code.slice(pluStart, valueStart);
  const value = Number(code.slice(valueStart, 12));
  if (template.kind === 'price') return { plu, kind: 'price', amount: value };
  return { plu, kind: 'weight', quantity: value * weightFactor(template) };
}

/**
 * Builds a scale label code (for demo data and tests). `value` is in the units
 * {@link parseScaleBarcode} returns: thousandths of a kg for weight, minor units for price.
 * @throws RangeError when the PLU or value does not fit the template, or a weight is finer than
 * the label resolution.
 */
export function encodeScaleBarcode(template: ScaleBarcodeTemplate, plu: string, value: number): string {
  assertTemplate(template);
  if (!/^\d+$/.test(plu) || plu.length > template.pluLength) {
    throw new RangeError(`PLU must be at most ${template.pluLength} digits, got ${JSON.stringify(plu)}`);
  }
  const factor = template.kind === 'weight' ? weightFactor(template) : 1;
  if (!Number.isSafeInteger(value) || value < 0 || value % factor !== 0) {
    throw new RangeError(`Value ${value} cannot be printed on this label`);
  }
  const digits = String(value / factor);
  if (digits.length > template.valueLength) {
    throw new RangeError(`Value ${value} does not fit ${template.valueLength} digits`);
  }
  const body =
    template.prefix + plu.padStart(template.pluLength, '0') + digits.padStart(template.valueLength, '0');
  return body + String(gtinCheckDigit(body));
}

/**
 * The canonical form of a PLU: scales print it zero-padded ('00042') and people type it either way,
 * so PLUs compare as numbers and are stored without leading zeros ('42'; '0' stays '0').
 */
export function pluKey(plu: string): string {
  return plu.replace(/^0+(?=\d)/, '');
}
