/** One key of a register's favourites grid (常用商品); see migration 0019. */
export interface RegisterQuickKeysTable {
  register_id: string;
  /** 0, 1, 2… in the order the keys show. */
  position: number;
  product_id: string;
  /** Shown instead of the product name; null: the name. */
  label: string | null;
  /** '#rrggbb'; null: the theme's own. */
  color: string | null;
}
