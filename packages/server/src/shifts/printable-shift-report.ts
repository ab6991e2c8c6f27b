import type { ShiftReport } from '@kassa/api';
import type { AuthSession } from '../auth/auth-session';
import { HttpError } from '../http/http-error';
import type { KassaContext } from '../kassa-context';
import { visibleShift } from './shift-actor';
import { readShiftReport } from './shift-reports';

/**
 * A shift report to print. Whoever may see reports prints any; a cashier signed in on the shift's
 * register prints its close report once it is closed (they just saw it on screen after the blind
 * count), but never an open shift's figures, which would show the expected cash before the count.
 * @throws HttpError `shift_not_found`, `forbidden`.
 */
export async function readPrintableShiftReport(
  ctx: KassaContext,
  auth: AuthSession,
  shiftId: string,
): Promise<ShiftReport> {
  if (!auth.permissions.has('shift.report')) {
    const { shift } = await visibleShift(ctx, auth, shiftId, { operate: false });
    const ownClosed =
      auth.permissions.has('shift.operate') &&
      shift.status === 'closed' &&
      auth.registerId === shift.registerId;
    if (!ownClosed) throw new HttpError('forbidden');
  }
  return readShiftReport(ctx, auth, shiftId);
}
