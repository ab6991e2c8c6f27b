import { pluKey } from '@kassa/core';
import { z } from 'zod';
import {
  Amount,
  Cursor,
  EpochMs,
  Gtin,
  Limit,
  MAX_QUANTITY,
  pageOf,
  ScanCode,
  Text,
  Unit,
  Uuid,
} from './common';
import { Store } from './store';

export const Category = z
  .object({
    id: Uuid,
    name: z.string(),
    parentId: Uuid.nullable(),
    sortOrder: z.int(),
    color: z.string().nullable(),
  })
  .meta({ id: 'Category' });

export const TaxClass = z
  .object({ id: Uuid, name: z.string(), ratePpm: z.int().min(0).max(1_000_000) })
  .meta({ id: 'TaxClass', description: 'ratePpm: parts per million, 13% = 130000' });

export const Product = z
  .object({
    id: Uuid,
    sku: z.string(),
    name: z.string(),
    categoryId: Uuid.nullable(),
    unit: Unit,
    price: Amount,
    cost: Amount.nullable(),
    taxClassId: Uuid,
    trackStock: z.boolean(),
    /** The cashier types the price at the register (开放价格); `price` is a suggestion. */
    openPrice: z.boolean(),
    plu: z.string().nullable(),
    active: z.boolean(),
    barcodes: z.array(z.string()),
    createdAt: EpochMs,
    updatedAt: EpochMs,
  })
  .meta({ id: 'Product' });

/** A store's reorder point (补货点) of a product, in thousandths: a sale taking stock below it alerts. */
export const ReorderPoint = z.object({ storeId: Uuid, reorderPoint: z.int() }).meta({ id: 'ReorderPoint' });

/** A product with its reorder points in the stores you may see (those that have one). */
export const ProductDetail = Product.extend({ reorderPoints: z.array(ReorderPoint) }).meta({
  id: 'ProductDetail',
});

/**
 * Reorder points to set, one entry per store; null clears the store's. Only a stock-tracked
 * product has them (else `reorder_point_untracked`).
 */
const ReorderPoints = z
  .array(
    z.strictObject({
      storeId: Uuid,
      reorderPoint: z
        .int()
        .min(0)
        .max(MAX_QUANTITY)
        .nullable()
        .meta({ description: 'thousandths of the unit (5 pieces = 5000); null clears it' }),
    }),
  )
  .max(100)
  .refine((entries) => new Set(entries.map((e) => e.storeId)).size === entries.length, 'each store once');

const productFields = {
  sku: z
    .string()
    .trim()
    .min(1)
    .max(64)
    .regex(/^[\p{L}\p{N}._\-/]+$/u, 'letters, digits and . _ - / only'),
  name: Text(1, 200),
  categoryId: Uuid.nullable(),
  unit: Unit,
  price: Amount,
  cost: Amount.nullable(),
  taxClassId: Uuid,
  trackStock: z.boolean(),
  openPrice: z.boolean(),
  /** Stored without leading zeros: a label's '00042' and a typed '42' are the same PLU. */
  plu: z
    .string()
    .regex(/^\d{1,6}$/, 'a scale PLU is 1 to 6 digits')
    .transform(pluKey)
    .nullable(),
  barcodes: z.array(Gtin).max(20),
  active: z.boolean(),
  reorderPoints: ReorderPoints,
};

export const CreateProductBody = z.strictObject({
  ...productFields,
  categoryId: productFields.categoryId.default(null),
  unit: productFields.unit.default('piece'),
  cost: productFields.cost.default(null),
  trackStock: productFields.trackStock.default(true),
  openPrice: productFields.openPrice.default(false),
  plu: productFields.plu.default(null),
  barcodes: productFields.barcodes.default([]),
  active: productFields.active.default(true),
  reorderPoints: productFields.reorderPoints.default([]),
});

export const UpdateProductBody = z
  .strictObject(productFields)
  .partial()
  .refine((body) => Object.keys(body).length > 0, 'change at least one field');

export const ProductParams = z.strictObject({ id: Uuid });

export const ProductQuery = z.strictObject({
  q: Text(0, 100).optional(),
  categoryId: Uuid.optional(),
  includeInactive: z.enum(['true', 'false']).optional(),
  limit: Limit,
  cursor: Cursor.optional(),
});

export const ProductPage = pageOf(Product).meta({ id: 'ProductPage' });

export const LookupQuery = z.strictObject({ code: ScanCode, storeId: Uuid });

/**
 * What a scan resolves to: a product, and for a scale label the weight (quantity in thousandths of
 * a kg) or the price printed on the label.
 */
export const LookupResult = z
  .object({
    product: Product,
    match: z.enum(['barcode', 'scale-weight', 'scale-price']),
    quantity: z.int().nullable(),
    amount: Amount.nullable(),
  })
  .meta({ id: 'LookupResult' });

/** Everything a register needs to sell offline from one store: it scans against this in memory. */
export const Catalog = z
  .object({
    store: Store,
    categories: z.array(Category),
    taxClasses: z.array(TaxClass),
    products: z.array(Product),
  })
  .meta({ id: 'Catalog' });

export type Category = z.infer<typeof Category>;
export type TaxClass = z.infer<typeof TaxClass>;
export type Product = z.infer<typeof Product>;
export type ReorderPoint = z.infer<typeof ReorderPoint>;
export type ProductDetail = z.infer<typeof ProductDetail>;
export type CreateProductBody = z.input<typeof CreateProductBody>;
export type UpdateProductBody = z.input<typeof UpdateProductBody>;
export type LookupResult = z.infer<typeof LookupResult>;
export type Catalog = z.infer<typeof Catalog>;
