import { CreateProductBody, type Product } from '@kassa/api';
import { createProductRepository } from '@kassa/db';
import { recordAudit } from '../audit';
import { type KassaContext, newId, transact } from '../kassa-context';
import { recordCatalogChange } from '../sync/pull/catalog-change';
import { toApiProduct } from './product-view';
import { checkProductReferences, normalizeBarcodes, translateTaken } from './product-writes';

/**
 * Creates a product. The input is the API body (defaults apply: piece, stock-tracked, active, no
 * barcodes); it is validated again here so seeders and importers get the same checks as the API.
 * Audited as 'product.created'.
 * @throws ZodError on invalid input; HttpError `sku_taken` / `barcode_taken` / `plu_taken`, or
 * `validation_failed` for an unknown tax class or category.
 */
export async function createProduct(
  ctx: KassaContext,
  input: CreateProductBody,
  actorStaffId: string | null = null,
): Promise<Product> {
  const body = CreateProductBody.parse(input);
  return transact(ctx, async (tx) => {
    await checkProductReferences(tx, body);
    const created = await translateTaken(() =>
      createProductRepository(tx.db).create({
        ...body,
        id: newId(tx),
        barcodes: normalizeBarcodes(body.barcodes),
        createdAt: tx.clock(),
      }),
    );
    await recordAudit(tx, {
      action: 'product.created',
      staffId: actorStaffId,
      targetType: 'product',
      targetId: created.id,
      detail: { sku: created.sku, price: created.price },
    });
    await recordCatalogChange(tx, { kind: 'product', id: created.id });
    return toApiProduct(created);
  });
}
