import { err, ok, type Result } from './result';

/** Symbologies a retail scanner reports as GTINs. */
export type GtinKind = 'ean13' | 'ean8' | 'upca' | 'upce';
/** A valid GTIN: `normalized` is the 13-digit form for ean13/upca/upce (UPC-E expanded), 8 digits for ean8. */
export type Gtin = { readonly kind: GtinKind; readonly normalized: string };
/** Why a scanned code is not a valid GTIN; `expected` is the correct check digit. */
export type GtinError = {
  readonly code: 'not_digits' | 'bad_length' | 'bad_check_digit';
  readonly expected?: number;
};

const DIGITS = /^\d+$/;

/**
 * GS1 check digit for `body` (the code without its check digit): digits are weighted 3,1,3,…
 * from the right. gtinCheckDigit('400638133393') → 1.
 * @throws RangeError when `body` is empty or not all ASCII digits.
 */
export function gtinCheckDigit(body: string): number {
  if (!DIGITS.test(body)) throw new RangeError(`GTIN body must be digits, got ${JSON.stringify(body)}`);
  let sum = 0;
  for (let i = 0; i < body.length; i += 1) {
    const digit = body.charCodeAt(body.length - 1 - i) - 48;
    sum += i % 2 === 0 ? digit * 3 : digit;
  }
  return (10 - (sum % 10)) % 10;
}

/**
 * Expands a UPC-E code to its 12-digit UPC-A form. Accepts 8 digits (number system 0/1, six data
 * digits, check digit — kept as is), 7 (no check digit: it is computed) or 6 (number system 0).
 * 01234565 → 012345000065.
 * @throws RangeError for any other shape or a number system other than 0 or 1.
 */
export function expandUpcE(code: string): string {
  if (!DIGITS.test(code) || code.length < 6 || code.length > 8) {
    throw new RangeError(`UPC-E must be 6–8 digits, got ${JSON.stringify(code)}`);
  }
  const full = code.length === 6 ? `0${code}` : code;
  const system = full.charAt(0);
  if (system !== '0' && system !== '1') throw new RangeError(`UPC-E number system must be 0 or 1: ${code}`);
  const d = full.slice(1, 7);
  const last = d.charAt(5);
  let body: string;
  if (last <= '2') body = `${d.slice(0, 2)}${last}0000${d.slice(2, 5)}`;
  else if (last === '3') body = `${d.slice(0, 3)}00000${d.slice(3, 5)}`;
  else if (last === '4') body = `${d.slice(0, 4)}00000${d.charAt(4)}`;
  else body = `${d.slice(0, 5)}0000${last}`;
  const withoutCheck = system + body;
  const check = full.length === 8 ? full.charAt(7) : String(gtinCheckDigit(withoutCheck));
  return withoutCheck + check;
}

function checked(code: string, kind: GtinKind, normalized: string): Result<Gtin, GtinError> {
  const expected = gtinCheckDigit(normalized.slice(0, -1));
  if (Number(normalized.charAt(normalized.length - 1)) !== expected) {
    return err({ code: 'bad_check_digit', expected });
  }
  return ok({ kind, normalized: kind === 'ean8' ? code : normalized.padStart(13, '0') });
}

/**
 * Validates a scanned GTIN by length and check digit: 13 digits EAN-13, 12 UPC-A, 8 EAN-8 — or,
 * when the EAN-8 check fails but the code is a valid UPC-E (number system 0/1), UPC-E. Digits alone
 * cannot tell EAN-8 from UPC-E; pass `eightDigits: 'upce'` when the scanner reports UPC-E.
 */
export function validateGtin(
  code: string,
  options: { readonly eightDigits?: 'ean8' | 'upce' } = {},
): Result<Gtin, GtinError> {
  if (!DIGITS.test(code)) return err({ code: 'not_digits' });
  switch (code.length) {
    case 13:
      return checked(code, 'ean13', code);
    case 12:
      return checked(code, 'upca', code);
    case 8: {
      const upce =
        code.startsWith('0') || code.startsWith('1') ? checked(code, 'upce', expandUpcE(code)) : null;
      // A UPC-E code outside number systems 0/1 does not exist, so such a code is read as EAN-8.
      if (options.eightDigits === 'upce' && upce) return upce;
      const ean8 = checked(code, 'ean8', code);
      return !ean8.ok && upce?.ok ? upce : ean8;
    }
    default:
      return err({ code: 'bad_length' });
  }
}
