import type { ClosedShiftSummary } from '@kassa/core';
import {
  createAlertSettingsRepository,
  createRegisterRepository,
  createStaffRepository,
  type NewAlert,
  type Shift,
} from '@kassa/db';
import { isAlertOn } from '../alerts/alerts-turned-on';
import { type KassaContext, newId } from '../kassa-context';

/** The alert kind of a shift closed with a large cash variance. */
export const CASH_VARIANCE = 'cash_variance';

/**
 * The `cash_variance` alert of a shift closed with |counted − expected cash| above its store's
 * threshold (strictly: at a threshold of ¥50, ¥50.00 short is not an alert, ¥50.01 is), or null,
 * also when the store turned the kind off. Read in the close's transaction before its journal
 * entry and event (one settings read per close, the register and staff names only when it
 * alerts), so the close raises it last, holding the event counter no longer than it must. A close
 * is made once (a replayed close is answered from the frozen report), so it alerts once.
 */
export async function cashVarianceAlert(
  ctx: KassaContext,
  shift: Pick<Shift, 'id' | 'storeId' | 'registerId'>,
  closedBy: string,
  summary: Pick<ClosedShiftSummary, 'expectedCash' | 'countedCash' | 'variance'>,
): Promise<NewAlert | null> {
  const settings = await createAlertSettingsRepository(ctx.db).get(shift.storeId);
  if (!settings || !isAlertOn(settings, CASH_VARIANCE)) return null;
  if (Math.abs(summary.variance) <= settings.cashVarianceThreshold) return null;
  const register = await createRegisterRepository(ctx.db).get(shift.registerId);
  const staff = await createStaffRepository(ctx.db).get(closedBy);
  return {
    id: newId(ctx),
    storeId: shift.storeId,
    kind: CASH_VARIANCE,
    refId: shift.id,
    details: {
      shiftId: shift.id,
      registerId: shift.registerId,
      registerCode: register?.code ?? '',
      registerName: register?.name ?? '',
      staffId: closedBy,
      staffName: staff?.displayName ?? '',
      expected: summary.expectedCash,
      counted: summary.countedCash,
      variance: summary.variance,
      threshold: settings.cashVarianceThreshold,
    },
    createdAt: ctx.clock(),
  };
}
