import type { Messages } from './zh-CN';

/** Reorder suggestions in English: the same keys as zh-CN-reorder.ts. */
export const enReorder: Messages['reorder'] = {
  title: 'Reorder',
  heading: 'Reorder suggestions',
  intro:
    'Suggested by reorder point, or by the sales forecast of the last 8 weeks; open purchase orders (drafts included) count as stock. The forecast covers the supplier’s lead time plus {{coverDays}} days.',
  none: 'Nothing needs reordering at this location.',
  setRule: 'Set a reorder rule',
  editRule: 'Reorder rule',
  noSupplier: 'No supplier',
  noSupplierNote:
    'No supplier sells these products yet, so no purchase order can be made: add them to a supplier on the suppliers page, or order them by hand.',
  toSuppliers: 'Go to suppliers',
  leadTime: 'delivers in {{days}} days',
  createOrder: 'Create purchase order',
  creating: 'Creating…',
  picked: '{{count}} selected · about {{total}}',
  created: 'Draft purchase order {{number}} created ({{supplier}})',
  openOrder: 'Open the order',
  pick: 'Select {{name}}',
  qty: { piece: '{{quantity}} pcs', kg: '{{quantity}}' },
  figures: {
    onHand: 'On hand',
    onOrder: 'On order',
    point: 'Reorder point',
    quantity: 'Reorder qty',
    forecast: 'Sells in {{days}} days',
  },
  basis: { reorder_point: 'By reorder point', forecast: 'By forecast' },
  why: {
    point:
      'On hand plus on order is {{position}}, at or below the reorder point {{point}}: order the reorder quantity {{quantity}} until it is above.',
    pointNoQuantity:
      'On hand plus on order is {{position}}, at or below the reorder point {{point}}: make up the gap plus {{demand}} forecast for {{days}} days.',
    forecast:
      'No reorder point: {{demand}} is forecast to sell in {{days}} days ({{lead}} days delivery + {{cover}} days cover), and on hand plus on order is only {{position}}.',
    packs: ' Rounded up to the supplier’s pack of {{size}}.',
  },
  packs: 'Packs',
  packOf: { piece: 'pack of {{size}} pcs', kg: 'pack of {{size}}' },
  units: { piece: 'Quantity (pcs)', kg: 'Weight (kg)' },
  total: '{{quantity}} in all · {{amount}}',
  rule: {
    title: 'Reorder rule: {{name}}',
    choose: 'Scan or search the product to set a reorder rule for.',
    point: { piece: 'Reorder point (pcs)', kg: 'Reorder point (kg)' },
    quantity: { piece: 'Reorder quantity (pcs)', kg: 'Reorder quantity (kg)' },
    pointHint:
      'Reorder when on hand plus on order falls to this or below; empty: reorder by the sales forecast.',
    quantityHint:
      'Order this much each time (rounded up to the supplier’s packs); empty: make up the gap plus the forecast for the cover days.',
    invalid: 'Enter a quantity, or leave it empty',
    zero: 'A reorder quantity cannot be 0; leave it empty instead',
    clear: 'Clear the rule',
    saved: 'Reorder rule saved',
  },
};
