import { type Product, UpdateProductBody } from '@kassa/api';
import { createProductRepository, type ProductFields } from '@kassa/db';
import { recordAudit } from '../audit';
import { HttpError } from '../http/http-error';
import { type KassaContext, transact } from '../kassa-context';
import { recordCatalogChange } from '../sync/pull/catalog-change';
import { toApiProduct } from './product-view';
import { checkProductReferences, normalizeBarcodes, translateTaken } from './product-writes';

/**
 * Changes the given fields of a product; barcodes, when given, replace the old ones. Audited as
 * 'product.updated' with the fields before and after.
 * @throws HttpError `product_not_found`, `sku_taken`, `barcode_taken`, `plu_taken`.
 */
export async function updateProduct(
  ctx: KassaContext,
  id: string,
  input: UpdateProductBody,
  actorStaffId: string | null = null,
): Promise<Product> {
  const body = UpdateProductBody.parse(input);
  return transact(ctx, async (tx) => {
    const repository = createProductRepository(tx.db);
    const before = await repository.get(id);
    if (!before) throw new HttpError('product_not_found');
    await checkProductReferences(tx, body);
    const patch: Partial<ProductFields> = {};
    for (const [key, value] of Object.entries(body) as [keyof ProductFields, unknown][]) {
      if (value !== undefined) Object.assign(patch, { [key]: value });
    }
    if (body.barcodes) patch.barcodes = normalizeBarcodes(body.barcodes);
    const after = await translateTaken(() => repository.update(id, patch, tx.clock()));
    if (!after) throw new HttpError('product_not_found');
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
      detail: changed,
    });
    await recordCatalogChange(tx, { kind: 'product', id });
    return toApiProduct(after);
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
