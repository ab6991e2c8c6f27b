import type { Messages } from './zh-CN';

/** Stock in English: the same keys as zh-CN-stock.ts. */
export const enStock: Messages['stock'] = {
  nav: 'Stock',
  value: {
    title: 'Stock value',
    asOf: 'As of',
    asOfHint: 'Empty for now; a date for the end of that business day.',
    total: 'Total (at cost)',
    products: '{{n}} products',
    firstRows: 'The {{n}} most valuable of {{total}} shown.',
    location: 'Location',
    onHand: 'On hand',
    value: 'Value',
    uncosted: 'no cost: counted as 0',
  },
  adjust: {
    title: 'Write-offs and corrections',
    location: 'Location',
    direction: 'What happened',
    directions: { write_off: 'Write off', found: 'Found more', missing: 'Found fewer' },
    search: 'Scan, or type a product name / SKU',
    add: 'Add',
    noMatch: 'Nothing matches “{{text}}”.',
    empty: 'No goods yet: scan or search to add them.',
    quantity: { piece: 'Quantity (pieces)', kg: 'Weight (kg)', invalid: 'Enter a quantity above 0' },
    remove: 'Remove',
    reason: 'Reason',
    reasons: { damaged: 'Damaged', expired: 'Expired', lost: 'Lost', count: 'Count difference' },
    submit: { write_off: 'Write off', found: 'Book what was found', missing: 'Book what is missing' },
    done: {
      write_off: 'Wrote off {{n}} products',
      found: 'Booked {{n}} products found',
      missing: 'Booked {{n}} products missing',
    },
  },
  locations: {
    title: 'Stock locations',
    intro:
      "A store's stock is kept in locations: sales take goods from the sales floor; a back room or a damaged-goods shelf is counted apart.",
    add: 'Add a location',
    rename: 'Rename',
    close: 'Close',
    reopen: 'Reopen',
    closed: 'Closed',
    kinds: { sales_floor: 'Sales floor', storage: 'Storage', damaged: 'Damaged goods' },
    form: {
      addTitle: 'Add a stock location',
      renameTitle: 'Rename the stock location',
      name: 'Name',
      nameInvalid: 'Enter a name of 1 to 40 characters',
      kind: 'Used for',
      add: 'Add',
    },
    closeDialog: {
      title: 'Close the location “{{location}}”?',
      body: 'Nothing can be received or moved into a closed location, and it must hold no stock. You can reopen it later.',
      confirm: 'Close',
    },
    done: {
      added: 'Added the location “{{location}}”',
      renamed: 'Renamed to “{{location}}”',
      closed: 'Closed the location “{{location}}”',
      reopened: 'Reopened the location “{{location}}”',
    },
  },
};
