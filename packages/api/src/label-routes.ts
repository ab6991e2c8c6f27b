import { defineRoute } from './route';
import { LabelsBody } from './schemas/labels';
import { StoreParams } from './schemas/store';

/** Shelf labels and barcode stickers (价签、条码贴) as PDF. */
export const labelRoutes = {
  printLabels: defineRoute({
    method: 'POST',
    path: '/api/v1/stores/{storeId}/labels',
    summary:
      "Shelf labels or barcode stickers for products at the store's prices, as a PDF for A4 label sheets or a label printer's roll",
    tag: 'catalog',
    access: 'catalog.read',
    params: StoreParams,
    body: LabelsBody,
    response: { raw: 'pdf' },
    errors: ['store_not_found', 'product_not_found'],
  }),
};
