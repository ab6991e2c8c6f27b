import type { Kysely } from 'kysely';
import { inTransaction } from './in-transaction';
import type { Schema } from './schema';

/** One key of a register's favourites grid (常用商品). */
export interface QuickKey {
  productId: string;
  /** Shown instead of the product name; null: the name. */
  label: string | null;
  /** '#rrggbb'; null: the theme's own. */
  color: string | null;
}

/** Registers' favourites grids. */
export interface QuickKeyRepository {
  /** The register's keys in order, leaving out those of products no longer sold. */
  list(registerId: string): Promise<QuickKey[]>;
  /**
   * Replaces the register's keys with `keys`, in that order, atomically. Lock the register first
   * (`RegisterRepository.lock`) in the same transaction: on PostgreSQL two replaces racing without it
   * collide, the later one inserting over rows its delete could not see.
   */
  replace(registerId: string, keys: readonly QuickKey[]): Promise<void>;
}

/** Favourites grids on `db`, which may be a transaction. */
export function createQuickKeyRepository(db: Kysely<Schema>): QuickKeyRepository {
  return {
    async list(registerId) {
      const rows = await db
        .selectFrom('register_quick_keys as k')
        .innerJoin('products as p', 'p.id', 'k.product_id')
        .select(['k.product_id', 'k.label', 'k.color'])
        .where('k.register_id', '=', registerId)
        .where('p.active', '=', 1)
        .orderBy('k.position')
        .execute();
      return rows.map((row) => ({ productId: row.product_id, label: row.label, color: row.color }));
    },
    replace: (registerId, keys) =>
      inTransaction(db, async (trx) => {
        await trx.deleteFrom('register_quick_keys').where('register_id', '=', registerId).execute();
        if (keys.length === 0) return;
        await trx
          .insertInto('register_quick_keys')
          .values(
            keys.map((key, position) => ({
              register_id: registerId,
              position,
              product_id: key.productId,
              label: key.label,
              color: key.color,
            })),
          )
          .execute();
      }),
  };
}
