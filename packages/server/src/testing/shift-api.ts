import type {
  CashMovement,
  CashMovementBody,
  CountLine,
  CreateSaleBody,
  JournalVerification,
  OpenShiftBody,
  Sale,
  SaleSummary,
  Shift,
  ShiftReport,
  ZReport,
} from '@kassa/api';
import { expect } from 'vitest';
import type { Fixture } from './test-fixture';

// Shift endpoints as the shift API tests drive them: typed calls that check the status.

/** The fixture's float: 5 × ¥100. */
export const FLOAT = 50_000;
export const FLOAT_COUNT: CountLine[] = [{ denomination: 10000, count: 5 }];
export const HOUR = 60 * 60 * 1000;

/** The response's body, after checking its status (a failure shows the body, e.g. the error code). */
export async function answer<T>(pending: Promise<Response>, status: number): Promise<T> {
  const response = await pending;
  const body = (await response.json()) as T;
  expect({ status: response.status, body }).toMatchObject({ status });
  return body;
}

/** The calls these tests make, as the manager unless a token is given. */
export function shiftApi(f: Fixture) {
  const call = <T>(method: string, path: string, status: number, body?: unknown, token = f.tokens.manager) =>
    answer<T>(f.request(method, path, { token, body }), status);
  return {
    call,
    current: async (registerId: string) =>
      (await call<{ shift: Shift | null }>('GET', `/api/v1/registers/${registerId}/shift`, 200)).shift,
    open: (registerId: string, id = f.id(), status = 201) =>
      call<Shift>('POST', '/api/v1/shifts', status, {
        id,
        registerId,
        openedAt: f.ctx.clock(),
        openingCount: FLOAT_COUNT,
      } satisfies OpenShiftBody),
    close: (shiftId: string, count: CountLine[], token = f.tokens.manager) =>
      call<ShiftReport>(
        'POST',
        `/api/v1/shifts/${shiftId}/close`,
        200,
        { closedAt: f.ctx.clock(), count },
        token,
      ),
    move: (shiftId: string, body: CashMovementBody, status = 201) =>
      call<CashMovement>('POST', `/api/v1/shifts/${shiftId}/cash-movements`, status, body),
    noSale: (shiftId: string, body: { id: string; at: number; reason?: string }) =>
      call<CashMovement>('POST', `/api/v1/shifts/${shiftId}/no-sale`, 201, body),
    xReport: (shiftId: string) => call<ShiftReport>('POST', `/api/v1/shifts/${shiftId}/x-report`, 200),
    report: (shiftId: string) => call<ShiftReport>('GET', `/api/v1/shifts/${shiftId}/report`, 200),
    sell: (body: CreateSaleBody) => call<Sale>('POST', '/api/v1/sales', 201, body),
    sales: async () =>
      (await call<{ items: SaleSummary[] }>('GET', `/api/v1/sales?storeId=${f.store.id}`, 200)).items,
    takeZ: (registerId: string, id = f.id(), status = 201) =>
      call<ZReport>('POST', '/api/v1/z-reports', status, { id, registerId, takenAt: f.ctx.clock() }),
    zReports: async () =>
      (await call<{ items: ZReport[] }>('GET', `/api/v1/stores/${f.store.id}/z-reports`, 200)).items,
    verify: () =>
      call<JournalVerification>('GET', `/api/v1/stores/${f.store.id}/journal/verify`, 200, undefined),
    cashMovement: (id: string, kind: 'cash_in' | 'cash_out', amount: number, reason = 'float top-up') =>
      ({ id, kind, amount, reason, at: f.ctx.clock() }) satisfies CashMovementBody,
  };
}
