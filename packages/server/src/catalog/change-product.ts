import { type Product, type ProductDetail, UpdateProductBody } from '@kassa/api';
import { createProductRepository, type ProductFields } from '@kassa/db';
import { recordAudit } from '../audit';
import { HttpError } from '../http/http-error';
import { type KassaContext, transact } from '../kassa-context';
import { recordCatalogChange } from '../sync/pull/catalog-change';
import { toApiProduct } from './product-view';
import { checkProductReferences, normalizeBarcodes, translateTaken } from './product-writes';
import { raiseLowOnArrival, saveReorderPoints, toProductDetail } from './reorder-points';

/**
 * Changes the given fields of a product; barcodes, when given, replace the old ones, and reorder
 * points are set in the stores given (others keep theirs). Audited as 'product.updated' with the
 * fields before and after. Registers are told only when a field they sell with changed.
 * @throws HttpError `product_not_found`, `sku_taken`, `barcode_taken`, `plu_taken`,
 * `store_not_found`, `reorder_point_untracked`.
 */
export async function updateProduct(
  ctx: KassaContext,
  id: string,
  input: UpdateProductBody,
  actorStaffId: string | null = null,
): Promise<ProductDetail> {
  const { reorderPoints, ...fields } = UpdateProductBody.parse(input);
  return transact(ctx, async (tx) => {
    const repository = createProductRepository(tx.db);
    const before = await repository.get(id);
    if (!before) throw new HttpError('product_not_found');
    await checkProductReferences(tx, fields);
    const patch: Partial<ProductFields> = {};
    for (const [key, value] of Object.entries(fields) as [keyof ProductFields, unknown][]) {
      if (value !== undefined) Object.assign(patch, { [key]: value });
    }
    if (fields.barcodes) patch.barcodes = normalizeBarcodes(fields.barcodes);
    const touched = Object.keys(patch).length > 0;
    const after = touched ? await translateTaken(() => repository.update(id, patch, tx.clock())) : before;
    if (!after) throw new HttpError('product_not_found');
    const points = await saveReorderPoints(tx, after, reorderPoints ?? []);
    const changed = Object.fromEntries(
      Object.keys(patch).map((key) => [
        key,
        { from: before[key as keyof ProductFields], to: after[key as keyof ProductFields] },
      ]),
    );
    await recordAudit(tx, {
      action: 'product.updated',
      staffId: actorStaffId,
      targetType: 'product',
      targetId: id,
      detail: { ...changed, ...(Object.keys(points).length > 0 ? { reorderPoints: points } : {}) },
    });
    const detail = await toProductDetail(tx, after);
    // Reorder points are not in the register's catalogue: changing only them tells it nothing.
    if (touched) await recordCatalogChange(tx, { kind: 'product', id });
    await raiseLowOnArrival(tx, after, points);
    return detail;
  });
}

/**
 * Takes a product off sale. It is never deleted: past sales and stock movements keep referring to
 * it. Audited as 'product.deactivated'.
 * @throws HttpError `product_not_found`.
 */
export async function deactivateProduct(
  ctx: KassaContext,
  id: string,
  actorStaffId: string | null = null,
): Promise<Product> {
  return transact(ctx, async (tx) => {
    const repository = createProductRepository(tx.db);
    if (!(await repository.get(id))) throw new HttpError('product_not_found');
    await repository.deactivate(id, tx.clock());
    const after = await repository.get(id);
    if (!after) throw new HttpError('product_not_found');
    await recordAudit(tx, {
      action: 'product.deactivated',
      staffId: actorStaffId,
      targetType: 'product',
      targetId: id,
    });
    await recordCatalogChange(tx, { kind: 'product', id });
    return toApiProduct(after);
  });
}
