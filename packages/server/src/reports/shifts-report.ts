import type { ShiftSummary, ShiftsReport } from '@kassa/api';
import { createReportReads, createShiftRepository } from '@kassa/db';
import type { AuthSession } from '../auth/auth-session';
import type { KassaContext } from '../kassa-context';
import { currentShiftSummary } from '../shifts/shift-summary';
import { toApiShift, toApiSummary } from '../shifts/shift-view';
import { reportStores } from './report-stores';

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

type Query = { readonly storeId?: string | undefined; readonly from: string; readonly to: string };

/**
 * 交班对账: the shifts opened on business dates `from`…`to` in the stores, each with
 * its close report as frozen at close (an open one with its figures so far, for those who may
 * take its X report; null for others, as the close is a blind count): what each tender
 * took and gave back, the cash expected and counted, and the variance. Ordered by day, register
 * and opening time.
 */
export async function shiftsReport(
  ctx: KassaContext,
  auth: AuthSession,
  query: Query,
): Promise<ShiftsReport> {
  const { stores, currency } = await reportStores(ctx, auth, query.storeId);
  const storeIds = stores.map((store) => store.id);
  const shifts = await createShiftRepository(ctx.db).listOf(storeIds, query.from, query.to);
  const reads = createReportReads(ctx.db);
  const [registers, staff] = await Promise.all([
    reads.labels('register', [...new Set(shifts.map((shift) => shift.registerId))]),
    reads.labels('staff', [...new Set(shifts.map((shift) => shift.openedBy))]),
  ]);
  // An open drawer's expected cash is for those who take its X report: the close is a blind count.
  const seesOpenDrawers = auth.permissions.has('shift.report');
  const listed = await Promise.all(
    shifts.map(async (shift) => ({
      shift: await toApiShift(ctx.db, shift, staff.get(shift.openedBy) ?? ''),
      registerName: registers.get(shift.registerId) ?? '',
      summary:
        shift.status === 'closed'
          ? (shift.summary as ShiftSummary)
          : seesOpenDrawers
            ? toApiSummary(await currentShiftSummary(ctx.db, shift))
            : null,
    })),
  );
  // By day, then register, then time: a day's drawers read in the order of the tills.
  listed.sort(
    (a, b) =>
      compare(a.shift.businessDate, b.shift.businessDate) ||
      compare(a.registerName, b.registerName) ||
      a.shift.openedAt - b.shift.openedAt,
  );
  return { currency, storeIds, from: query.from, to: query.to, shifts: listed };
}
