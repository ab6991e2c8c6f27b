import type { Messages } from './zh-CN';

/** Stock in English: the same keys as zh-CN-stock.ts. */
export const enStock: Messages['stock'] = {
  nav: 'Stock',
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
