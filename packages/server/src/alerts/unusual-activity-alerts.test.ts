import type { AlertSettings } from '@kassa/api';
import { addDays, businessDate } from '@kassa/core';
import {
  type Alert,
  createAlertRepository,
  createEventRepository,
  createRollupRepository,
  type RollupMeasures,
} from '@kassa/db';
import { describeEachDialect } from '@kassa/db/testing';
import { beforeAll, expect, it } from 'vitest';
import { shiftApi } from '../testing/shift-api';
import { createFixture, type Fixture } from '../testing/test-fixture';
import { raiseUnusualActivityAlerts } from './unusual-activity-alerts';
import { startUnusualActivitySchedule, UNUSUAL_CHECK_START_DELAY_MS } from './unusual-activity-schedule';

// Twenty ordinary days before today: the cashier refunds 0–2 a day and voids 0–2, the manager
// refunds 0–1 and opens the drawer without a sale 0–1 times. Both sell every day.
const QUIET = [0, 1, 0, 0, 2, 1, 0, 1, 0, 0, 1, 0, 2, 0, 1, 0, 0, 1, 0, 1];

describeEachDialect('unusual refunds, voids and no-sales by a cashier (异常操作提醒)', (getDb) => {
  let f: Fixture;
  let today: string;
  beforeAll(async () => {
    f = await createFixture(getDb());
    today = businessDate(f.ctx.clock(), f.store.timeZone, f.store.businessDayCutoverMinutes);
    for (const [index, n] of QUIET.entries()) {
      const date = addDays(today, index - QUIET.length);
      await seed(f.staffIds.cashier, date, {
        sales: 12,
        refunds: n,
        refunded: n * 800,
        voids: 2 - n,
        voided: 300,
      });
      await seed(f.staffIds.manager, date, {
        sales: 3,
        refunds: n > 0 ? 1 : 0,
        refunded: 500,
        no_sales: n % 2,
      });
    }
  });
  /** Adds to a staff member's rollup row of a day, as their facts would. */
  const seed = (staffId: string, date: string, measures: Partial<RollupMeasures>) =>
    createRollupRepository(f.ctx.db).add([
      { storeId: f.store.id, businessDate: date, dimension: 'staff', key: staffId, measures },
    ]);
  const unusual = async (kind: string): Promise<Alert[]> =>
    (await createAlertRepository(f.ctx.db).list(f.store.id, 1000)).filter((alert) => alert.kind === kind);
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
    expect((await f.request('PUT', path, { token: f.tokens.owner, body })).status).toBe(200);
  };

  it('alerts once for a cashier’s day of refunds far beyond their usual and the store’s', async () => {
    expect(await raiseUnusualActivityAlerts(f.ctx)).toBe(0);
    await seed(f.staffIds.cashier, today, { sales: 5, refunds: 6, refunded: 12_345 });
    const seq = await createEventRepository(f.ctx.db).lastSeq();
    expect(await raiseUnusualActivityAlerts(f.ctx)).toBe(1);
    const [alert] = await unusual('unusual_refunds');
    // Own days: eleven 0s, seven 1s, two 2s → usual 0; MAD 0, so 1.2533 × mean deviation (0.55)
    // = 0.69 stands in, under the floor of 1 → spread 1. Six refunds score 6.
    expect(alert).toMatchObject({
      refId: f.staffIds.cashier,
      details: {
        staffId: f.staffIds.cashier,
        staffName: 'cashier name',
        businessDate: today,
        count: 6,
        amount: 12_345,
        usual: 0,
        score: 6,
        sensitivity: 3.5,
      },
    });
    expect(alert?.details.storeScore).toBeGreaterThanOrEqual(3.5);
    const [event] = (await createEventRepository(f.ctx.db).listSince(seq, 100)).filter(
      (e) => e.type === 'alert.raised',
    );
    expect(event?.payload).toMatchObject({
      id: alert?.id,
      kind: 'unusual_refunds',
      refId: f.staffIds.cashier,
    });

    // Ten minutes later the day is still unusual: it was said already.
    f.tick(10 * 60 * 1000);
    expect(await raiseUnusualActivityAlerts(f.ctx)).toBe(0);
    // Even more refunds the same day: still the one alert.
    await seed(f.staffIds.cashier, today, { refunds: 3, refunded: 900 });
    expect(await raiseUnusualActivityAlerts(f.ctx)).toBe(0);
    expect(await unusual('unusual_refunds')).toHaveLength(1);
  });

  it('judges the day just closed too, with what reached it late', async () => {
    const yesterday = addDays(today, -1);
    // An offline register's voids of yesterday arrive today: with the one void of the day (2 − 1)
    // that makes 10, against a usual 2 (spread √2 → score 5.66).
    await seed(f.staffIds.cashier, yesterday, { voids: 9, voided: 4_200 });
    expect(await raiseUnusualActivityAlerts(f.ctx)).toBe(1);
    expect((await unusual('unusual_voids')).map((alert) => alert.details)).toMatchObject([
      {
        staffId: f.staffIds.cashier,
        businessDate: yesterday,
        count: 10,
        amount: 4_500,
        usual: 2,
        score: 5.66,
      },
    ]);
  });

  it('counts no-sales as they are recorded, and alerts once however many servers look at once', async () => {
    const api = shiftApi(f);
    for (let i = 0; i < 4; i++) await api.noSale(f.shiftId, { id: f.id(), at: f.ctx.clock() });
    const raised = await Promise.all([raiseUnusualActivityAlerts(f.ctx), raiseUnusualActivityAlerts(f.ctx)]);
    expect(raised.reduce((a, b) => a + b, 0)).toBe(1);
    expect((await unusual('unusual_no_sales')).map((alert) => alert.details)).toMatchObject([
      { staffId: f.staffIds.manager, staffName: 'manager name', businessDate: today, count: 4 },
    ]);
    expect((await unusual('unusual_no_sales'))[0]?.details).not.toHaveProperty('amount');
  });

  it('follows the store’s sensitivity, minimum count and switches', async () => {
    // Nine voids today: the cashier's usual is 2 with a spread of √2, so (9 − 2) / 1.41 = 4.95.
    await seed(f.staffIds.cashier, today, { voids: 9 });
    await settings({ unusualSensitivity: 6 });
    expect(await raiseUnusualActivityAlerts(f.ctx)).toBe(0);
    await settings({ unusualSensitivity: 3.5, unusualMinCount: 10 });
    expect(await raiseUnusualActivityAlerts(f.ctx)).toBe(0);
    await settings({ unusualMinCount: 3, enabled: { unusual_voids: false } });
    expect(await raiseUnusualActivityAlerts(f.ctx)).toBe(0);
    await settings({ enabled: { unusual_voids: true } });
    expect(await raiseUnusualActivityAlerts(f.ctx)).toBe(1);
    expect((await unusual('unusual_voids')).map((alert) => alert.details.businessDate).sort()).toEqual([
      addDays(today, -1),
      today,
    ]);
  });

  it('looks a minute after the server starts, then every ten minutes', async () => {
    await seed(f.staffIds.manager, today, { refunds: 7, refunded: 7_000 });
    const timer = { check: async () => {}, stopped: false };
    const logged: string[] = [];
    const schedule = startUnusualActivitySchedule({
      ctx: f.ctx,
      log: {
        info: (_fields, message) => logged.push(message),
        error: (_fields, message) => logged.push(message),
      },
      every: (_ms, check) => {
        timer.check = check;
        return () => {
          timer.stopped = true;
        };
      },
    });
    await timer.check();
    expect(await unusual('unusual_refunds')).toHaveLength(1);
    f.tick(UNUSUAL_CHECK_START_DELAY_MS);
    await timer.check();
    expect((await unusual('unusual_refunds')).map((alert) => alert.refId).sort()).toEqual(
      [f.staffIds.cashier, f.staffIds.manager].sort(),
    );
    expect(logged).toEqual(['unusual cashier activity: owner alerted']);
    await schedule.stop();
    expect(timer.stopped).toBe(true);
  });
});
