import { createRegisterRepository, createStoreRepository, type Register, type Store } from '@kassa/db';
import type { KassaContext } from '../kassa-context';

/** A register and its store, as a sale needs them. */
export type SaleSetting = { readonly register: Register; readonly store: Store };

/** Loads the register and store of a sale. */
export type SaleSettingReader = (ctx: KassaContext, registerId: string) => Promise<SaleSetting | undefined>;

/** Reads the register and its store from the database, every time. */
export const readSaleSetting: SaleSettingReader = async (ctx, registerId) => {
  const register = await createRegisterRepository(ctx.db).get(registerId);
  if (!register) return undefined;
  const store = await createStoreRepository(ctx.db).get(register.storeId);
  return store && { register, store };
};

/**
 * A {@link SaleSettingReader} that remembers each register's setting for `ttlMs`, sparing the
 * sale hot path two queries. QUIRK(setting-cache): a register deactivated or a store setting
 * changed takes up to `ttlMs` to reach sales; the register prices with what it loaded anyway and
 * the server's total check still uses current prices (products are never cached).
 */
export function cachedSaleSettingReader(ttlMs = 1000): SaleSettingReader {
  const cache = new Map<string, { readonly setting: SaleSetting; readonly until: number }>();
  return async (ctx, registerId) => {
    const now = ctx.clock();
    const hit = cache.get(registerId);
    if (hit && hit.until > now) return hit.setting;
    const setting = await readSaleSetting(ctx, registerId);
    if (cache.size > 1000) cache.clear();
    if (setting) cache.set(registerId, { setting, until: now + ttlMs });
    else cache.delete(registerId);
    return setting;
  };
}
