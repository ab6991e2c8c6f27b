import { QUICK_KEY_LIMIT, type QuickKeys, QuickKeysBody } from '@kassa/api';
import {
  createProductRepository,
  createQuickKeyRepository,
  createRegisterRepository,
  type Register,
} from '@kassa/db';
import { recordAudit } from '../audit';
import { type AuthSession, canSeeStore } from '../auth/auth-session';
import { HttpError } from '../http/http-error';
import { type KassaContext, transact } from '../kassa-context';

/**
 * A register's favourites grid (常用商品), for anyone who may see its store (404
 * `register_not_found` otherwise). Keys of products no longer sold are left out.
 */
export async function readQuickKeys(
  ctx: KassaContext,
  auth: Pick<AuthSession, 'storeIds'>,
  registerId: string,
): Promise<QuickKeys> {
  const register = await createRegisterRepository(ctx.db).get(registerId);
  if (!register?.active || !canSeeStore(auth, register.storeId)) throw new HttpError('register_not_found');
  return { keys: await createQuickKeyRepository(ctx.db).list(register.id) };
}

/**
 * Replaces a register's favourites grid with `input`, whole or not at all. The input is validated
 * again here so the demo seeder gets the same checks as the API. Audited as 'register.quick_keys_set'.
 * @throws ZodError on invalid input; HttpError `too_many_quick_keys`, `quick_key_duplicate`,
 * `product_not_found` or `product_inactive` (with the key's index as `key`).
 */
export async function setQuickKeys(
  ctx: KassaContext,
  register: Pick<Register, 'id' | 'storeId'>,
  input: QuickKeysBody,
  actorStaffId: string | null = null,
): Promise<QuickKeys> {
  const keys = QuickKeysBody.parse(input).keys.map((key) => ({
    productId: key.productId,
    label: key.label ?? null,
    color: key.color ?? null,
  }));
  if (keys.length > QUICK_KEY_LIMIT) {
    throw new HttpError('too_many_quick_keys', { limit: QUICK_KEY_LIMIT, got: keys.length });
  }
  const seen = new Set<string>();
  for (const [index, key] of keys.entries()) {
    if (seen.has(key.productId))
      throw new HttpError('quick_key_duplicate', { productId: key.productId, key: index });
    seen.add(key.productId);
  }
  return transact(ctx, async (tx) => {
    // Two managers saving at once: on PostgreSQL the second would otherwise delete the rows it saw
    // and insert over the first one's (a unique violation). The register's row lock queues it.
    await createRegisterRepository(tx.db).lock(register.id);
    const products = createProductRepository(tx.db);
    for (const [index, key] of keys.entries()) {
      const product = await products.get(key.productId);
      if (!product) throw new HttpError('product_not_found', { productId: key.productId, key: index });
      if (!product.active) throw new HttpError('product_inactive', { productId: key.productId, key: index });
    }
    const repository = createQuickKeyRepository(tx.db);
    await repository.replace(register.id, keys);
    await recordAudit(tx, {
      action: 'register.quick_keys_set',
      staffId: actorStaffId,
      storeId: register.storeId,
      targetType: 'register',
      targetId: register.id,
      detail: { keys },
    });
    return { keys: await repository.list(register.id) };
  });
}
