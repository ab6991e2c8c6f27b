import type { AlertSettings, CountLine, SyncPushAnswer } from '@kassa/api';
import { type Alert, createAlertRepository, createEventRepository } from '@kassa/db';
import { describeEachDialect } from '@kassa/db/testing';
import { beforeAll, expect, it } from 'vitest';
import { FLOAT_COUNT, shiftApi } from '../testing/shift-api';
import { createFixture, type Fixture } from '../testing/test-fixture';

/** The ¥500 float, plus or minus some notes and coins. */
const count = (...extra: CountLine[]): CountLine[] => [...FLOAT_COUNT, ...extra];

describeEachDialect('cash variance at a shift close (交班差额提醒)', (getDb) => {
  let f: Fixture;
  beforeAll(async () => {
    f = await createFixture(getDb());
  });
  const varianceAlerts = async (shiftId: string): Promise<Alert[]> =>
    (await createAlertRepository(f.ctx.db).listFor(shiftId)).filter(
      (alert) => alert.kind === 'cash_variance',
    );
  /** Changes some of the store's alert settings through the API; `enabled` lists only what changes. */
  const settings = async (
    change: Partial<Omit<AlertSettings, 'storeId' | 'enabled'>> & {
      enabled?: Partial<AlertSettings['enabled']>;
    },
  ) => {
    const path = `/api/v1/stores/${f.store.id}/alert-settings`;
    const { storeId: _store, ...current } = (await (
      await f.request('GET', path, { token: f.tokens.owner })
    ).json()) as AlertSettings;
    const body = { ...current, ...change, enabled: { ...current.enabled, ...change.enabled } };
    const response = await f.request('PUT', path, { token: f.tokens.owner, body });
    expect(response.status).toBe(200);
  };

  it('alerts when |counted − expected| is above the store’s ¥50.00, not at it', async () => {
    const api = shiftApi(f);
    // ¥50.00 over: exactly the threshold.
    await api.close(f.shiftId, count({ denomination: 5000, count: 1 }));
    expect(await varianceAlerts(f.shiftId)).toEqual([]);

    const seq = await createEventRepository(f.ctx.db).lastSeq();
    const shift = await api.open(f.registerId);
    // ¥51.00 over: above it.
    const report = await api.close(
      shift.id,
      count({ denomination: 5000, count: 1 }, { denomination: 100, count: 1 }),
    );
    expect(report.summary.variance).toBe(5100);
    const [alert] = await varianceAlerts(shift.id);
    expect(alert).toMatchObject({
      storeId: f.store.id,
      refId: shift.id,
      details: {
        shiftId: shift.id,
        registerId: f.registerId,
        registerCode: '01',
        staffId: f.staffIds.manager,
        staffName: 'manager name',
        expected: 50_000,
        counted: 55_100,
        variance: 5100,
        threshold: 5000,
      },
    });
    const events = await createEventRepository(f.ctx.db).listSince(seq, 100);
    expect(events.filter((event) => event.type === 'alert.raised').map((event) => event.payload)).toEqual([
      {
        id: alert?.id,
        storeId: f.store.id,
        kind: 'cash_variance',
        refId: shift.id,
        details: alert?.details,
        createdAt: alert?.createdAt,
      },
    ]);

    // The close posted again (its answer was lost) is the same close: no second alert.
    await api.close(shift.id, count({ denomination: 5000, count: 1 }, { denomination: 100, count: 1 }));
    expect(await varianceAlerts(shift.id)).toHaveLength(1);
  });

  it('follows the store’s threshold, short as well as over, and stays quiet when turned off', async () => {
    const api = shiftApi(f);
    await settings({ cashVarianceThreshold: 1000 });
    const short = await api.open(f.registerId);
    // Four ¥100 notes and four ¥20 notes: ¥20.00 short.
    const closed = await api.close(short.id, [
      { denomination: 10000, count: 4 },
      { denomination: 2000, count: 4 },
    ]);
    expect(closed.summary.variance).toBe(-2000);
    expect((await varianceAlerts(short.id)).map((alert) => alert.details.variance)).toEqual([-2000]);

    await settings({ enabled: { cash_variance: false } });
    const quiet = await api.open(f.registerId);
    await api.close(quiet.id, [{ denomination: 10000, count: 1 }]);
    expect(await varianceAlerts(quiet.id)).toEqual([]);
    await settings({ cashVarianceThreshold: 5000, enabled: { cash_variance: true } });
  });

  it('alerts for a shift closed offline, when the register pushes the close', async () => {
    const close = {
      id: f.id(),
      type: 'shift_close',
      payload: { registerId: f.register2Id, shiftId: f.shift2Id, closedAt: f.ctx.clock(), count: [] },
    };
    const response = await f.request('POST', '/api/v1/sync/push', {
      token: f.tokens.manager,
      body: { registerId: f.register2Id, entries: [close] },
    });
    expect(((await response.json()) as SyncPushAnswer).results).toMatchObject([{ status: 'applied' }]);
    expect((await varianceAlerts(f.shift2Id)).map((alert) => alert.details)).toMatchObject([
      { registerCode: '02', expected: 50_000, counted: 0, variance: -50_000 },
    ]);
  });
});
