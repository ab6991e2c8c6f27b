import type { Shift as ApiShift, ShiftSummary as ApiShiftSummary } from '@kassa/api';
import type { ShiftSummary } from '@kassa/core';
import { createStaffRepository, type Schema, type Shift } from '@kassa/db';
import type { Kysely } from 'kysely';

/**
 * A shift as the API shows it: no expected cash (the close is a blind count). `openedByName` when
 * the caller read the names of many shifts at once; else it is read here.
 */
export async function toApiShift(db: Kysely<Schema>, shift: Shift, openedByName?: string): Promise<ApiShift> {
  const name = openedByName ?? (await createStaffRepository(db).get(shift.openedBy))?.displayName ?? '';
  return {
    id: shift.id,
    storeId: shift.storeId,
    registerId: shift.registerId,
    status: shift.status,
    openedBy: shift.openedBy,
    openedByName: name,
    openedAt: shift.openedAt,
    businessDate: shift.businessDate,
    openingFloat: shift.openingFloat,
    closedAt: shift.closedAt,
    zReportId: shift.zReportId,
  };
}

/** A core summary as the API's `ShiftSummary` (the same fields, as a fresh plain object). */
export function toApiSummary(
  summary: ShiftSummary & { countedCash?: number; variance?: number },
): ApiShiftSummary {
  return {
    openingFloat: summary.openingFloat,
    sales: { ...summary.sales },
    tenders: summary.tenders.map((tender) => ({ ...tender })),
    cashIn: summary.cashIn,
    cashOut: summary.cashOut,
    noSaleCount: summary.noSaleCount,
    voids: { ...summary.voids },
    refunds: {
      count: summary.refunds.count,
      total: summary.refunds.total,
      tenders: summary.refunds.tenders.map((tender) => ({ ...tender })),
    },
    expectedCash: summary.expectedCash,
    ...(summary.countedCash === undefined ? {} : { countedCash: summary.countedCash }),
    ...(summary.variance === undefined ? {} : { variance: summary.variance }),
  };
}
