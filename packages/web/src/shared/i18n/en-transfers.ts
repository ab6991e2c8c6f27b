import type { Messages } from './zh-CN';

/** Transfers in English: the same keys as zh-CN-transfers.ts. */
export const enTransfers: Messages['transfers'] = {
  title: 'Transfers',
  new: 'New transfer',
  byDirection: 'Filter by direction',
  bothDirections: 'In and out',
  direction: { in: 'Incoming', out: 'Outgoing', within: 'Within the store' },
  byStatus: 'Filter by status',
  allStatuses: 'All statuses',
  status: {
    requested: 'Awaiting approval',
    approved: 'Awaiting shipping',
    shipped: 'In transit',
    received: 'Received',
    cancelled: 'Cancelled',
  },
  none: 'No transfers.',
  lines_one: '{{count}} product',
  lines_other: '{{count}} products',
  otherStore: 'Another store',
  otherLocation: 'Another location',
  ends: {
    within: '{{store}}: {{from}} → {{to}}',
    across: '{{fromStore}} {{from}} → {{toStore}} {{to}}',
  },
  note: 'Note',
  form: {
    choose: 'Choose a location',
    from: 'From (where the goods are)',
    to: 'To (where they go)',
    sameLocation: 'Goods move to another location than the one they come from',
    submit: 'Request transfer',
    done: 'Transfer requested',
  },
  line: {
    requested: 'requested {{quantity}}',
    shipped: 'shipped {{quantity}}',
    received: 'received {{quantity}}',
    invalid: 'Enter a quantity (0 for none)',
    ship: {
      label: 'Shipped',
      short: '{{quantity}} fewer than requested',
      extra: '{{quantity}} more than requested',
    },
    receive: { label: 'Received', short: '{{quantity}} short', extra: '{{quantity}} extra' },
  },
  steps: {
    requested: 'Requested',
    approved: 'Approved',
    shipped: 'Shipped',
    received: 'Received',
    cancelled: 'Cancelled',
    pending: 'Not yet',
  },
  wait: {
    approval: 'Waiting for a manager of the sending store ({{store}}) to approve.',
    ship: 'Approved; waiting for the sending store ({{store}}) to ship.',
    receive: 'In transit; waiting for the receiving store ({{store}}) to receive.',
  },
  approve: { submit: 'Approve transfer', done: 'Approved' },
  ship: {
    howTo:
      'Check the quantities as counted out (filled in as requested), then ship. The goods are in transit until received.',
    submit: 'Ship',
    done: 'Shipped: the goods are in transit',
  },
  receive: {
    howTo:
      'Check the quantities as they arrived (filled in as shipped), then receive. Anything short or extra is recorded on the transfer.',
    submit: 'Receive',
    done: 'Received into stock',
  },
  cancel: {
    submit: 'Cancel transfer',
    title: 'Cancel {{number}}?',
    body: 'It can no longer be approved or shipped; stock does not change.',
    done: 'Transfer cancelled',
  },
  belowZero: {
    detail: '{{name}}: {{location}} holds {{onHand}}, {{quantity}} to ship.',
    shipAnyway: 'Ship anyway',
    title: 'Ship more than is on hand?',
    body: 'Stock at {{location}} will go below zero. Book the missing goods in or count the stock soon.',
  },
};
