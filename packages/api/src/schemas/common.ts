import { isUuid, validateGtin } from '@kassa/core';
import { z } from 'zod';

/** Largest money amount the API accepts, in minor units (10^13 fen = 100 billion yuan). */
export const MAX_AMOUNT = 10_000_000_000_000;
/** Largest quantity in thousandths (one million units or kilograms on one line). */
export const MAX_QUANTITY = 1_000_000_000;

export const Uuid = z.string().refine(isUuid, 'must be a UUID');

/** Money in integer minor units of the store currency (fen for CNY): never a decimal. */
export const Amount = z
  .int()
  .min(0)
  .max(MAX_AMOUNT)
  .meta({ description: 'integer minor units (分 for CNY)' });

/** Quantity in thousandths: 1 piece = 1000, 0.350 kg = 350. */
export const Quantity = z
  .int()
  .min(1)
  .max(MAX_QUANTITY)
  .meta({ description: 'thousandths of the unit: 1 piece = 1000, 0.350 kg = 350' });

/** Instants are UTC epoch milliseconds between 2020 and 2100. */
export const EpochMs = z.int().min(1_577_836_800_000).max(4_102_444_800_000);

/** A GTIN (EAN-13, EAN-8, UPC-A, UPC-E) with a correct check digit. */
export const Gtin = z.string().superRefine((code, ctx) => {
  const checked = validateGtin(code);
  if (!checked.ok) {
    ctx.addIssue({
      code: 'custom',
      message:
        checked.error.code === 'bad_check_digit' ? 'barcode check digit is wrong' : 'not an EAN/UPC barcode',
      params: { reason: checked.error.code },
    });
  }
});

/**
 * Text a person typed: trimmed, then `min` to `max` characters. U+0000 is refused because
 * PostgreSQL cannot store it in a text column (the write would fail as a 500) and SQLite would cut
 * the string there.
 */
export function Text(min: number, max: number) {
  return z
    .string()
    .trim()
    .min(min)
    .max(max)
    .refine((text) => !text.includes('\u0000'), 'must not contain a NUL character');
}

/** Anything a scanner may type: digits only, 6–32 of them. */
export const ScanCode = z.string().regex(/^\d{6,32}$/, 'a barcode is 6 to 32 digits');

export const Unit = z.enum(['piece', 'kg']);

export const Discount = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('percent'), basisPoints: z.int().min(1).max(10_000) }),
  z.strictObject({ kind: z.literal('amount'), amount: Amount.min(1) }),
]);

export const Limit = z.coerce.number().int().min(1).max(200).default(50);
export const Cursor = z.string().max(200);

/** Lists page with an opaque cursor: pass `nextCursor` back to get the next page. */
export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), nextCursor: z.string().nullable() });
}
