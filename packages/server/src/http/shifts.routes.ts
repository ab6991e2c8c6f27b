import { createShiftRepository } from '@kassa/db';
import { printShiftReport, shiftReportBytes } from '../printing/print-shift-report';
import { escPosResponse } from '../receipts/escpos-response';
import { moveCash } from '../shifts/move-cash';
import { openShift } from '../shifts/open-shift';
import { readPrintableShiftReport } from '../shifts/printable-shift-report';
import { operableRegister } from '../shifts/shift-actor';
import { closeShift, readShiftReport, takeXReport } from '../shifts/shift-reports';
import { toApiShift } from '../shifts/shift-view';
import { listZReports, readZReport, takeZReport } from '../shifts/z-reports';
import type { AppServices } from './app-services';
import type { RouteHandlers } from './route-handlers';

type ShiftRoutes = Pick<
  RouteHandlers,
  | 'currentShift'
  | 'openShift'
  | 'addCashMovement'
  | 'noSale'
  | 'xReport'
  | 'closeShift'
  | 'shiftReport'
  | 'shiftReportEscPos'
  | 'printShiftReport'
  | 'takeZReport'
  | 'getZReport'
  | 'zReportEscPos'
  | 'printZReport'
  | 'listZReports'
>;

/** Shifts (交班), the drawer's cash, X/close reports and Z reports (日结). */
export function shiftRoutes({ ctx }: AppServices): ShiftRoutes {
  return {
    currentShift: async ({ auth, params }) => {
      const { register } = await operableRegister(ctx, auth, params.registerId);
      const shift = await createShiftRepository(ctx.db).openOf(register.id);
      return { shift: shift ? await toApiShift(ctx.db, shift) : null };
    },
    openShift: async ({ auth, body, replayed }) => {
      const opened = await openShift(ctx, auth, body);
      if (opened.duplicate) replayed();
      return opened.shift;
    },
    addCashMovement: async ({ auth, params, body, replayed }) => {
      const moved = await moveCash(ctx, auth, params.id, body);
      if (moved.duplicate) replayed();
      return moved.movement;
    },
    noSale: async ({ auth, params, body, replayed }) => {
      const moved = await moveCash(ctx, auth, params.id, { ...body, kind: 'no_sale' });
      if (moved.duplicate) replayed();
      return moved.movement;
    },
    xReport: ({ auth, params }) => takeXReport(ctx, auth, params.id),
    closeShift: ({ auth, params, body }) => closeShift(ctx, auth, params.id, body),
    shiftReport: ({ auth, params }) => readShiftReport(ctx, auth, params.id),
    shiftReportEscPos: async ({ auth, params, query }) => {
      const report = await readPrintableShiftReport(ctx, auth, params.id);
      const bytes = await shiftReportBytes(ctx, { kind: 'shift', report }, query.width, query.lang);
      return escPosResponse(bytes, `shift-${report.shift.id}`);
    },
    printShiftReport: async ({ auth, params, body }) => {
      const report = await readPrintableShiftReport(ctx, auth, params.id);
      return printShiftReport(ctx, auth, { kind: 'shift', report }, body.registerId);
    },
    takeZReport: async ({ auth, body, replayed }) => {
      const taken = await takeZReport(ctx, auth, body);
      if (taken.duplicate) replayed();
      return taken.report;
    },
    getZReport: ({ auth, params }) => readZReport(ctx, auth, params.id),
    zReportEscPos: async ({ auth, params, query }) => {
      const report = await readZReport(ctx, auth, params.id);
      const bytes = await shiftReportBytes(ctx, { kind: 'z', report }, query.width, query.lang);
      return escPosResponse(bytes, `z-${report.zNo}`);
    },
    printZReport: async ({ auth, params, body }) => {
      const report = await readZReport(ctx, auth, params.id);
      return printShiftReport(ctx, auth, { kind: 'z', report }, body.registerId);
    },
    listZReports: ({ auth, params }) => listZReports(ctx, auth, params.storeId),
  };
}
