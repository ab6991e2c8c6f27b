/**
 * Shared lexing of human-typed decimal numbers for {@link parseMoney} and `Quantity.parse`.
 * Works on digit strings and bigint only: a typed value never passes through a float.
 * @internal
 */

/** The parts of a plain decimal literal, without sign: `integer` and `fraction` are ASCII digit strings. */
export type DecimalDigits = { readonly integer: string; readonly fraction: string };

/**
 * Maps full-width digits, points, commas and signs (as typed with a Chinese IME) and the Unicode
 * minus sign to ASCII, and trims surrounding whitespace.
 */
export function normalizeNumericText(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (code >= 0xff10 && code <= 0xff19) out += String.fromCharCode(code - 0xff10 + 0x30);
    else if (ch === '．' || ch === '。') out += '.';
    else if (ch === '，') out += ',';
    else if (ch === '－' || ch === '−') out += '-';
    else if (ch === '＋') out += '+';
    else out += ch;
  }
  return out.trim();
}

/**
 * Splits a literal such as `1,234.50` into digits. Commas are accepted only as thousands separators
 * in complete 3-digit groups before the point; anything else involving a comma or several points is
 * `ambiguous_separator` because `1,5` and `1.234,50` mean different numbers in different locales.
 */
export function splitDecimal(body: string): DecimalDigits | 'not_a_number' | 'ambiguous_separator' {
  if (!/^[0-9.,]+$/.test(body)) return 'not_a_number';
  const points = body.split('.').length - 1;
  if (points > 1) return /\d/.test(body) ? 'ambiguous_separator' : 'not_a_number';
  const [integerText = '', fraction = ''] = body.split('.');
  if (fraction.includes(',')) return 'ambiguous_separator';
  let integer = integerText;
  if (integer.includes(',')) {
    if (!/^\d{1,3}(,\d{3})+$/.test(integer)) return 'ambiguous_separator';
    integer = integer.replaceAll(',', '');
  }
  if (integer === '' && fraction === '') return 'not_a_number';
  return { integer: integer === '' ? '0' : integer, fraction };
}

/**
 * Scales digits to an integer count of `10^-exponent` units. Extra fraction digits that are all
 * zeros are exact and accepted; other extra digits are `too_many_decimals` unless `roundHalfUp`,
 * which rounds the magnitude on the first dropped digit: '2.5499999999999998' at exponent 2 keeps
 * '254', drops '99…' and the first dropped digit 9 ≥ 5 rounds it to 255.
 */
export function scaleDigits(
  digits: DecimalDigits,
  exponent: number,
  roundHalfUp: boolean,
): bigint | 'too_many_decimals' {
  const fraction = digits.fraction.replace(/0+$/, '');
  if (fraction.length <= exponent) return BigInt(digits.integer + fraction.padEnd(exponent, '0'));
  if (!roundHalfUp) return 'too_many_decimals';
  const kept = BigInt(digits.integer + fraction.slice(0, exponent));
  return fraction.charAt(exponent) >= '5' ? kept + 1n : kept;
}
