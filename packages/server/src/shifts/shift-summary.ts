import { type ShiftSummary, summarizeShift } from '@kassa/core';
import {
  createRefundRepository,
  createShiftRepository,
  createVoidRepository,
  type Schema,
  type Shift,
} from '@kassa/db';
import type { Kysely } from 'kysely';

/** The shift's figures so far, summed from its ledgers (sales, refunds, cash movements, voids). */
export async function currentShiftSummary(db: Kysely<Schema>, shift: Shift): Promise<ShiftSummary> {
  const sums = await createShiftRepository(db).sums(shift.id);
  const voids = await createVoidRepository(db).sums(shift.id);
  const refunds = await createRefundRepository(db).sums(shift.id);
  return summarizeShift({ openingFloat: shift.openingFloat, ...sums, voids, refunds });
}
