import { CreateProductBody, type ProductDetail } from '@kassa/api';
import { createProductRepository } from '@kassa/db';
import { recordAudit } from '../audit';
import { type KassaContext, newId, transact } from '../kassa-context';
import { recordCatalogChange } from '../sync/pull/catalog-change';
import { checkProductReferences, normalizeBarcodes, translateTaken } from './product-writes';
import { raiseLowOnArrival, saveReorderPoints, toProductDetail } from './reorder-points';

/**
 * Creates a product. The input is the API body (defaults apply: piece, stock-tracked, active, no
 * barcodes, no reorder points); it is validated again here so seeders and importers get the same
 * checks as the API. Audited as 'product.created'.
 * @throws ZodError on invalid input; HttpError `sku_taken` / `barcode_taken` / `plu_taken`,
 * `validation_failed` for an unknown tax class or category, `store_not_found` or
 * `reorder_point_untracked` for a reorder point (see saveReorderPoints).
 */
export async function createProduct(
  ctx: KassaContext,
  input: CreateProductBody,
  actorStaffId: string | null = null,
): Promise<ProductDetail> {
  const { reorderPoints, ...fields } = CreateProductBody.parse(input);
  return transact(ctx, async (tx) => {
    await checkProductReferences(tx, fields);
    const created = await translateTaken(() =>
      createProductRepository(tx.db).create({
        ...fields,
        id: newId(tx),
        barcodes: normalizeBarcodes(fields.barcodes),
        createdAt: tx.clock(),
      }),
    );
    const points = await saveReorderPoints(tx, created, reorderPoints);
    await recordAudit(tx, {
      action: 'product.created',
      staffId: actorStaffId,
      targetType: 'product',
      targetId: created.id,
      detail: {
        sku: created.sku,
        price: created.price,
        ...(Object.keys(points).length > 0 ? { reorderPoints: points } : {}),
      },
    });
    const detail = await toProductDetail(tx, created);
    await recordCatalogChange(tx, { kind: 'product', id: created.id });
    await raiseLowOnArrival(tx, created, points);
    return detail;
  });
}
