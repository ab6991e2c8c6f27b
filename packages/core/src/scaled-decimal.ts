/**
 * An integer scaled by 10^-exponent as exact decimal text, by digit-string arithmetic (no float
 * division): (1234, 2) → '12.34', (-50, 2) → '-0.50', (1234, 0) → '1234', (1050, 4) → '0.1050'.
 * With `trim`, trailing fraction zeros go: (1500, 3) → '1.5', (2000, 3) → '2'.
 * @throws RangeError for a value that is not a safe integer.
 */
export function decimalText(value: number, exponent: number, trim = false): string {
  if (!Number.isSafeInteger(value)) throw new RangeError(`Not a safe integer: ${value}`);
  const sign = value < 0 ? '-' : '';
  const digits = Math.abs(value)
    .toString()
    .padStart(exponent + 1, '0');
  const integer = digits.slice(0, digits.length - exponent);
  const fraction = digits.slice(digits.length - exponent);
  const shown = trim ? fraction.replace(/0+$/, '') : fraction;
  return shown ? `${sign}${integer}.${shown}` : `${sign}${integer}`;
}
