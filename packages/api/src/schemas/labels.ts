import { z } from 'zod';
import { Uuid } from './common';

/**
 * Where labels are printed: A4 sheets of sticky labels (3 × 8 of 70 × 37 mm; 4 × 10 of
 * 52.5 × 29.7 mm), or a label printer's roll, one label a page (40 × 30, 50 × 30, 60 × 40 mm).
 */
export const LabelLayout = z.enum(['a4-3x8', 'a4-4x10', 'roll-40x30', 'roll-50x30', 'roll-60x40']);

/**
 * Labels to print (价签): `shelf` labels lead with the name and price for the shelf edge;
 * `sticker`s lead with the barcode, for goods that have none. The barcode is the product's EAN-13
 * (or UPC-A, EAN-8) when it has one, else its SKU as Code 128.
 */
export const LabelsBody = z.strictObject({
  kind: z.enum(['shelf', 'sticker']).default('shelf'),
  layout: LabelLayout.default('a4-3x8'),
  /** Sheets: how many labels at the top of the first sheet were used already. */
  skip: z.int().min(0).max(39).default(0),
  lang: z.enum(['zh-CN', 'en']).optional(),
  items: z
    .array(z.strictObject({ productId: Uuid, copies: z.int().min(1).max(500).default(1) }))
    .min(1)
    .max(500)
    .refine(
      (items) => items.reduce((sum, item) => sum + item.copies, 0) <= 5000,
      'at most 5,000 labels at once',
    ),
});

export type LabelsBody = z.input<typeof LabelsBody>;
