import type { LabelsBody } from '@kassa/api';
import { formatMoney } from '@kassa/core';
import { createProductRepository, type Product } from '@kassa/db';
import type { z } from 'zod';
import type { AuthSession } from '../auth/auth-session';
import { HttpError } from '../http/http-error';
import type { KassaContext } from '../kassa-context';
import { renderPdf } from '../pdf/pdf-document';
import { visibleStore } from '../stores/visible-store';
import { productSymbol } from './barcode-ops';
import { type LabelContent, labelPages } from './label-pages';

const PER = {
  'zh-CN': { piece: '件', kg: 'kg' },
  en: { piece: 'pc', kg: 'kg' },
} as const;

/**
 * Shelf labels or barcode stickers for products, each as many times as asked, at the products'
 * prices in the store's currency, as a PDF for the layout asked (an A4 sheet or a label roll).
 * The currency is printed as 元 (zh-CN, CNY) or its code, never as a symbol a viewer's substitute
 * font may lack.
 * @throws HttpError `store_not_found`, `product_not_found`.
 */
export async function printLabels(
  ctx: KassaContext,
  auth: AuthSession,
  storeId: string,
  body: z.output<typeof LabelsBody>,
): Promise<Response> {
  const store = await visibleStore(ctx, auth, storeId);
  const lang = body.lang ?? (store.locale === 'en' ? 'en' : 'zh-CN');
  const products = createProductRepository(ctx.db);
  const found = new Map<string, Product>();
  for (const { productId } of body.items) {
    const product = found.get(productId) ?? (await products.get(productId));
    if (!product) throw new HttpError('product_not_found', { productId });
    found.set(productId, product);
  }
  const currency = lang === 'zh-CN' && store.currency === 'CNY' ? '元' : `${store.currency} `;
  const labels: LabelContent[] = body.items.flatMap(({ productId, copies }) => {
    const product = found.get(productId) as Product;
    const label: LabelContent = {
      name: product.name,
      price: formatMoney({ amount: product.price, currency: store.currency }, lang, { symbol: false }),
      per: `${currency}/${PER[lang][product.unit]}`,
      sku: product.sku,
      symbol: productSymbol(product.barcodes, product.sku),
    };
    return Array<LabelContent>(copies).fill(label);
  });
  const pdf = renderPdf(labelPages(labels, body.kind, body.layout, body.skip), {
    title: `${store.name} labels`,
  });
  return new Response(pdf, {
    headers: {
      'content-type': 'application/pdf',
      'content-disposition': `inline; filename="labels-${body.layout}.pdf"`,
      'cache-control': 'no-store',
    },
  });
}
