import type { ZReport as ApiZReport, ShiftSummary, TakeZReportBody } from '@kassa/api';
import { businessDate, type ClosedShiftSummary, combineShifts } from '@kassa/core';
import {
  createEventRepository,
  createRegisterRepository,
  createShiftRepository,
  createStaffRepository,
  createZReportRepository,
  groupCommit,
  UniqueViolationError,
  type ZReport,
} from '@kassa/db';
import type { AuthSession } from '../auth/auth-session';
import { HttpError } from '../http/http-error';
import { appendJournalFact } from '../journal/append-journal-fact';
import type { KassaContext } from '../kassa-context';
import { visibleStore } from '../stores/visible-store';
import { operableRegister, type ShiftActor } from './shift-actor';
import { toApiSummary } from './shift-view';

/** What a Z report stores: the day's figures and how many shifts they cover. */
type ZSummary = { shiftCount: number; currency: string; summary: ShiftSummary };

/**
 * Takes a register's Z report (日结): every closed shift no Z report covers yet, summed (core
 * `combineShifts`), numbered per register, dated with the latest business date of its shifts,
 * frozen, journaled. Refused while a shift is open, when
 * nothing is left to report, and when the register's business day already has one. Idempotent on
 * the id.
 */
export async function takeZReport(
  ctx: KassaContext,
  actor: ShiftActor,
  body: TakeZReportBody,
): Promise<{ report: ApiZReport; duplicate: boolean }> {
  const { register, store } = await operableRegister(ctx, actor, body.registerId);
  const earlier = await createZReportRepository(ctx.db).get(body.id);
  if (earlier) {
    if (earlier.registerId !== register.id) throw new HttpError('idempotency_conflict');
    return { report: await toApiZReport(ctx, earlier), duplicate: true };
  }
  try {
    const report = await groupCommit(ctx.db, async (trx) => {
      await createRegisterRepository(trx).lock(register.id);
      const shifts = createShiftRepository(trx);
      if (await shifts.openOf(register.id)) throw new HttpError('shift_still_open');
      const covered = await shifts.closedWithoutZ(register.id);
      if (covered.length === 0) throw new HttpError('z_nothing_to_report');
      // The day of the shifts it reports, not of when it was taken: a Z taken the next morning
      // is still the previous day's, and leaves the new day free for its own.
      const day = covered.reduce(
        (last, shift) => (shift.businessDate > last ? shift.businessDate : last),
        '',
      );
      // Shifts opened after today's Z belong to tomorrow: they wait for tomorrow's Z.
      if (day > businessDate(body.takenAt, store.timeZone, store.businessDayCutoverMinutes)) {
        throw new HttpError('z_report_exists');
      }
      const zReports = createZReportRepository(trx);
      const summary = combineShifts(covered.map((shift) => shift.summary as ClosedShiftSummary));
      const report: ZReport = {
        id: body.id,
        storeId: store.id,
        registerId: register.id,
        zNo: await zReports.nextNo(register.id),
        businessDate: day,
        takenBy: actor.staffId,
        takenAt: body.takenAt,
        summary: {
          shiftCount: covered.length,
          currency: store.currency,
          summary: toApiSummary(summary),
        } satisfies ZSummary,
      };
      await zReports.insert(report);
      await shifts.coverByZ(
        covered.map((shift) => shift.id),
        report.id,
      );
      await appendJournalFact(trx, {
        storeId: store.id,
        kind: 'z_report',
        refId: report.id,
        at: report.takenAt,
        payload: {
          id: report.id,
          registerId: register.id,
          zNo: report.zNo,
          businessDate: report.businessDate,
          staffId: actor.staffId,
          shiftIds: covered.map((shift) => shift.id),
          summary: toApiSummary(summary),
        },
      });
      await createEventRepository(trx).append({
        storeId: store.id,
        type: 'z_report.taken',
        refId: report.id,
        payload: { id: report.id, registerId: register.id, zNo: report.zNo, total: summary.sales.total },
        createdAt: ctx.clock(),
      });
      return report;
    });
    return { report: await toApiZReport(ctx, report), duplicate: false };
  } catch (error) {
    // The same Z posted twice at once: the second finds nothing left to report, or the id taken.
    const first = await createZReportRepository(ctx.db).get(body.id);
    if (first?.registerId === register.id) return { report: await toApiZReport(ctx, first), duplicate: true };
    if (error instanceof UniqueViolationError && error.constraint === 'business_date') {
      throw new HttpError('z_report_exists');
    }
    throw error;
  }
}

/** One Z report the caller may see (404 `z_report_not_found` otherwise). */
export async function readZReport(ctx: KassaContext, auth: AuthSession, id: string): Promise<ApiZReport> {
  const report = await createZReportRepository(ctx.db).get(id);
  if (!report || (auth.storeIds !== null && !auth.storeIds.has(report.storeId))) {
    throw new HttpError('z_report_not_found');
  }
  return toApiZReport(ctx, report);
}

/** A store's Z reports, newest first. */
export async function listZReports(
  ctx: KassaContext,
  auth: AuthSession,
  storeId: string,
): Promise<{ items: ApiZReport[] }> {
  await visibleStore(ctx, auth, storeId);
  const reports = await createZReportRepository(ctx.db).listByStore(storeId);
  return { items: await Promise.all(reports.map((report) => toApiZReport(ctx, report))) };
}

async function toApiZReport(ctx: KassaContext, report: ZReport): Promise<ApiZReport> {
  const frozen = report.summary as ZSummary;
  const takenBy = await createStaffRepository(ctx.db).get(report.takenBy);
  return {
    id: report.id,
    storeId: report.storeId,
    registerId: report.registerId,
    zNo: report.zNo,
    businessDate: report.businessDate,
    takenBy: report.takenBy,
    takenByName: takenBy?.displayName ?? '',
    takenAt: report.takenAt,
    currency: frozen.currency,
    shiftCount: frozen.shiftCount,
    summary: frozen.summary,
  };
}
