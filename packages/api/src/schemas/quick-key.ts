import { z } from 'zod';
import { Text, Uuid } from './common';

/** How many favourite keys (常用商品) a register holds: six rows of eight on a register's screen. */
export const QUICK_KEY_LIMIT = 48;

/** How long a favourite's own label may be: it has to fit a key under a finger. */
export const QUICK_KEY_LABEL_MAX = 12;

const Label = Text(1, QUICK_KEY_LABEL_MAX).meta({ description: 'shown instead of the product name' });
const Color = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'a colour as #rrggbb');

/** One favourite key: a product, with its own short label and colour when it has them. */
export const QuickKey = z
  .object({ productId: Uuid, label: z.string().nullable(), color: z.string().nullable() })
  .meta({ id: 'QuickKey' });

/** A register's favourites grid, in the order the keys show. */
export const QuickKeys = z.object({ keys: z.array(QuickKey) }).meta({ id: 'QuickKeys' });

/**
 * The whole grid, replacing the old one: each product once, at most {@link QUICK_KEY_LIMIT} keys.
 * A null label or colour is as good as none, so a grid read from the API can be sent back as is.
 */
export const QuickKeysBody = z.strictObject({
  keys: z.array(
    z.strictObject({
      productId: Uuid,
      label: Label.nullable().optional(),
      color: Color.nullable().optional(),
    }),
  ),
});

export type QuickKey = z.infer<typeof QuickKey>;
export type QuickKeys = z.infer<typeof QuickKeys>;
export type QuickKeysBody = z.infer<typeof QuickKeysBody>;
