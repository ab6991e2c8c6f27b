import type { Migration } from 'kysely';
import * as foundation from './0001-foundation';
import * as catalog from './0002-catalog';
import * as sales from './0003-sales';
import * as stock from './0004-stock';
import * as ledgers from './0005-ledgers';
import * as shifts from './0006-shifts';
import * as voids from './0007-voids';
import * as parkedTickets from './0008-parked-tickets';
import * as discountApprovals from './0009-discount-approvals';
import * as listPrice from './0010-list-price';
import * as training from './0011-training';
import * as refunds from './0012-refunds';
import * as printers from './0013-printers';
import * as openPrice from './0014-open-price';
import * as receiptPrints from './0015-receipt-prints';
import * as approvalTarget from './0016-approval-target';
import * as qrPayments from './0017-qr-payments';
import * as unreceiptedReturns from './0018-unreceipted-returns';
import * as quickKeys from './0019-quick-keys';
import * as handoverTimes from './0020-handover-times';
import * as alerts from './0021-alerts';
import * as devices from './0022-devices';
import * as salesRollups from './0023-sales-rollups';
import * as rollupRefundRounding from './0024-rollup-refund-rounding';
import * as alertSettings from './0025-alert-settings';
import * as productRunningTotals from './0026-product-running-totals';
import * as runningTotalsWithoutRowid from './0027-running-totals-without-rowid';
import * as stockLocations from './0028-stock-locations';
import * as stockAdjustments from './0029-stock-adjustments';
import * as stockReceipts from './0030-stock-receipts';
import * as purchasing from './0031-purchasing';
import * as stockTransfers from './0032-stock-transfers';
import * as stockCounts from './0033-stock-counts';
import * as reorderQuantity from './0034-reorder-quantity';

/**
 * Every migration, keyed by the name Kysely records; applied in key order. Imported rather than
 * scanned from disk so the server still migrates when bundled into one file. Never edit or rename
 * a shipped migration: add a new one.
 */
export const migrations: Readonly<Record<string, Migration>> = {
  '0001-foundation': foundation,
  '0002-catalog': catalog,
  '0003-sales': sales,
  '0004-stock': stock,
  '0005-ledgers': ledgers,
  '0006-shifts': shifts,
  '0007-voids': voids,
  '0008-parked-tickets': parkedTickets,
  '0009-discount-approvals': discountApprovals,
  '0010-list-price': listPrice,
  '0011-training': training,
  '0012-refunds': refunds,
  '0013-printers': printers,
  '0014-open-price': openPrice,
  '0015-receipt-prints': receiptPrints,
  '0016-approval-target': approvalTarget,
  '0017-qr-payments': qrPayments,
  '0018-unreceipted-returns': unreceiptedReturns,
  '0019-quick-keys': quickKeys,
  '0020-handover-times': handoverTimes,
  '0021-alerts': alerts,
  '0022-devices': devices,
  '0023-sales-rollups': salesRollups,
  '0024-rollup-refund-rounding': rollupRefundRounding,
  '0025-alert-settings': alertSettings,
  '0026-product-running-totals': productRunningTotals,
  '0027-running-totals-without-rowid': runningTotalsWithoutRowid,
  '0028-stock-locations': stockLocations,
  '0029-stock-adjustments': stockAdjustments,
  '0030-stock-receipts': stockReceipts,
  '0031-purchasing': purchasing,
  '0032-stock-transfers': stockTransfers,
  '0033-stock-counts': stockCounts,
  '0034-reorder-quantity': reorderQuantity,
};
