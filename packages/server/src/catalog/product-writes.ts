import type { ErrorCode } from '@kassa/api';
import { validateGtin } from '@kassa/core';
import { createCategoryRepository, createTaxClassRepository, UniqueViolationError } from '@kassa/db';
import { HttpError } from '../http/http-error';
import type { KassaContext } from '../kassa-context';

const TAKEN: Readonly<Record<string, ErrorCode>> = {
  sku: 'sku_taken',
  barcode: 'barcode_taken',
  plu: 'plu_taken',
};

/** Runs a product write, turning a unique violation into `sku_taken`, `barcode_taken` or `plu_taken`. */
export async function translateTaken<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    const code = error instanceof UniqueViolationError ? TAKEN[error.constraint] : undefined;
    if (code) throw new HttpError(code);
    throw error;
  }
}

/** Barcodes as stored: the normalized GTIN (UPC-A and UPC-E as their EAN-13 form), without duplicates. */
export function normalizeBarcodes(barcodes: readonly string[]): string[] {
  return [
    ...new Set(
      barcodes.map((code) => {
        const gtin = validateGtin(code);
        // The API schema already refused bad codes; a programmatic caller gets the same answer.
        if (!gtin.ok) throw new HttpError('bad_check_digit', { barcode: code });
        return gtin.value.normalized;
      }),
    ),
  ];
}

/** Checks that the referenced tax class and category exist, so a typo is a 400 and not a foreign-key 500. */
export async function checkProductReferences(
  ctx: KassaContext,
  refs: { readonly taxClassId?: string | undefined; readonly categoryId?: string | null | undefined },
): Promise<void> {
  if (refs.taxClassId !== undefined && !(await createTaxClassRepository(ctx.db).get(refs.taxClassId))) {
    throw new HttpError('validation_failed', undefined, [
      { path: 'taxClassId', message: 'unknown tax class' },
    ]);
  }
  if (refs.categoryId != null && !(await createCategoryRepository(ctx.db).get(refs.categoryId))) {
    throw new HttpError('validation_failed', undefined, [
      { path: 'categoryId', message: 'unknown category' },
    ]);
  }
}
