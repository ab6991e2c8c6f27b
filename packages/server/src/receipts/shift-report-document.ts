import type { ShiftReport, ZReport } from '@kassa/api';
import type { ReceiptStore, ShiftReportDocument } from '@kassa/core';
import type { Store } from '@kassa/db';

/** A report to print: a shift's X or close report, or a register's Z report. */
export type PrintableReport =
  | { readonly kind: 'shift'; readonly report: ShiftReport }
  | { readonly kind: 'z'; readonly report: ZReport };

/** The store and register a report is about, by id. */
export function reportPlace(printable: PrintableReport): { storeId: string; registerId: string } {
  return printable.kind === 'z'
    ? { storeId: printable.report.storeId, registerId: printable.report.registerId }
    : { storeId: printable.report.shift.storeId, registerId: printable.report.shift.registerId };
}

/** The core document of an X, close or Z report, with the figures exactly as the API answered them. */
export function shiftReportDocument(
  printable: PrintableReport,
  store: Store,
  registerName: string,
): ShiftReportDocument {
  const receiptStore: ReceiptStore = {
    name: store.name,
    ...(store.address ? { address: store.address } : {}),
    ...(store.phone ? { phone: store.phone } : {}),
  };
  if (printable.kind === 'z') {
    const { report } = printable;
    return {
      kind: 'z',
      store: receiptStore,
      registerName,
      staffName: report.takenByName,
      businessDate: report.businessDate,
      zNo: report.zNo,
      shiftCount: report.shiftCount,
      generatedAt: report.takenAt,
      timeZone: store.timeZone,
      currency: report.currency,
      summary: report.summary,
    };
  }
  const { report } = printable;
  return {
    kind: report.kind,
    store: receiptStore,
    registerName,
    staffName: report.shift.openedByName,
    businessDate: report.shift.businessDate,
    openedAt: report.shift.openedAt,
    ...(report.shift.closedAt === null ? {} : { closedAt: report.shift.closedAt }),
    generatedAt: report.generatedAt,
    timeZone: store.timeZone,
    currency: report.currency,
    summary: report.summary,
  };
}
