import type { SupplierProduct, SupplierProductBody } from '@kassa/api';
import { createProductRepository, createSupplierRepository } from '@kassa/db';
import type { z } from 'zod';
import { recordAudit } from '../audit';
import type { AuthSession } from '../auth/auth-session';
import { HttpError } from '../http/http-error';
import { type KassaContext, transact } from '../kassa-context';
import { getSupplier } from './suppliers';

/**
 * What a supplier sells, by SKU.
 * @throws HttpError `supplier_not_found`.
 */
export async function listSupplierProducts(
  ctx: KassaContext,
  supplierId: string,
): Promise<SupplierProduct[]> {
  await getSupplier(ctx, supplierId);
  return createSupplierRepository(ctx.db).listProducts(supplierId);
}

/**
 * Says that a supplier sells a product, on these terms (item number, cost per unit, pack size), or
 * changes them; audited. The product's own cost is not touched: it moves when goods are received.
 * @throws HttpError `supplier_not_found`, `product_not_found`.
 */
export async function setSupplierProduct(
  ctx: KassaContext,
  auth: AuthSession,
  supplierId: string,
  productId: string,
  terms: z.output<typeof SupplierProductBody>,
): Promise<SupplierProduct> {
  return transact(ctx, async (tx) => {
    await getSupplier(tx, supplierId);
    if (!(await createProductRepository(tx.db).get(productId))) {
      throw new HttpError('product_not_found', { productId });
    }
    const suppliers = createSupplierRepository(tx.db);
    await suppliers.setProduct({ supplierId, productId, ...terms, updatedAt: tx.clock() });
    await recordAudit(tx, {
      action: 'supplier.product_set',
      staffId: auth.staffId,
      targetType: 'supplier',
      targetId: supplierId,
      detail: { productId, ...terms },
    });
    const entry = await suppliers.getProduct(supplierId, productId);
    if (!entry) throw new Error('supplier product vanished in its own transaction');
    return entry;
  });
}

/**
 * Says that a supplier no longer sells a product; orders already made keep it. Removing what was
 * not there is done already.
 * @throws HttpError `supplier_not_found`.
 */
export async function removeSupplierProduct(
  ctx: KassaContext,
  auth: AuthSession,
  supplierId: string,
  productId: string,
): Promise<void> {
  await transact(ctx, async (tx) => {
    await getSupplier(tx, supplierId);
    await createSupplierRepository(tx.db).removeProduct(supplierId, productId);
    await recordAudit(tx, {
      action: 'supplier.product_removed',
      staffId: auth.staffId,
      targetType: 'supplier',
      targetId: supplierId,
      detail: { productId },
    });
  });
}
