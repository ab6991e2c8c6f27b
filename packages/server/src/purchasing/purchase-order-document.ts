import { createStockLocationRepository, createStoreRepository } from '@kassa/db';
import type { AuthSession } from '../auth/auth-session';
import { HttpError } from '../http/http-error';
import type { KassaContext } from '../kassa-context';
import { renderPdf } from '../pdf/pdf-document';
import type { ReceiptLanguage } from '../receipts/receipt-labels';
import { purchaseOrderPages } from './purchase-order-pdf';
import { toApiPurchaseOrder } from './purchase-order-view';
import { visibleOrder } from './purchase-orders';
import { getSupplier } from './suppliers';

/**
 * The purchase order as a PDF file to print or e-mail to its supplier, in `lang` or the store's
 * language. Served inline (a browser shows it) under the order's number as its file name.
 * @throws HttpError `purchase_order_not_found`.
 */
export async function purchaseOrderDocument(
  ctx: KassaContext,
  auth: AuthSession,
  orderId: string,
  lang: ReceiptLanguage | undefined,
): Promise<Response> {
  const order = await toApiPurchaseOrder(ctx, await visibleOrder(ctx, auth, orderId));
  const [store, location, supplier] = await Promise.all([
    createStoreRepository(ctx.db).get(order.storeId),
    createStockLocationRepository(ctx.db).get(order.locationId),
    getSupplier(ctx, order.supplierId),
  ]);
  if (!store) throw new HttpError('purchase_order_not_found');
  const language = lang ?? (store.locale === 'en' ? 'en' : 'zh-CN');
  const number = `PO-${String(order.number).padStart(6, '0')}`;
  const pdf = renderPdf(
    purchaseOrderPages(
      order,
      {
        store,
        currency: store.currency,
        timeZone: store.timeZone,
        locationName: location?.name ?? '',
        supplier,
      },
      language,
    ),
    { title: `${number} ${supplier.name}` },
  );
  return new Response(pdf, {
    headers: {
      'content-type': 'application/pdf',
      'content-disposition': `inline; filename="${number}.pdf"`,
      'cache-control': 'no-store',
    },
  });
}
