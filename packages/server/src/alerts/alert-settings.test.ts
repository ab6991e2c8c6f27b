import type { AlertSettings, AlertSettingsBody, Store } from '@kassa/api';
import { createAuditRepository } from '@kassa/db';
import { describeEachDialect } from '@kassa/db/testing';
import { beforeAll, expect, it } from 'vitest';
import { expectRefused } from '../testing/expect-refused';
import { createFixture, type Fixture } from '../testing/test-fixture';

const ALL_ON = {
  low_stock: true,
  negative_stock: true,
  cash_variance: true,
  unusual_refunds: true,
  unusual_voids: true,
  unusual_no_sales: true,
  register_offline: true,
};

describeEachDialect('alert settings (提醒设置)', (getDb) => {
  let f: Fixture;
  beforeAll(async () => {
    f = await createFixture(getDb());
  });
  const path = () => `/api/v1/stores/${f.store.id}/alert-settings`;
  const read = async (token = f.tokens.owner) => {
    const response = await f.request('GET', path(), { token });
    expect(response.status).toBe(200);
    return (await response.json()) as AlertSettings;
  };
  const put = (body: unknown, token = f.tokens.manager) => f.request('PUT', path(), { token, body });

  it('starts with every kind on, ¥50.00 of cash variance, 3.5 spreads and at least 3 a day', async () => {
    expect(await read()).toEqual({
      storeId: f.store.id,
      enabled: ALL_ON,
      registerOfflineAlertHours: 24,
      cashVarianceThreshold: 5000,
      unusualSensitivity: 3.5,
      unusualMinCount: 3,
    });
  });

  it('lets the owner replace them, audited, with the offline limit shared with the store', async () => {
    const body: AlertSettingsBody = {
      enabled: { ...ALL_ON, unusual_no_sales: false, register_offline: false },
      registerOfflineAlertHours: 8,
      cashVarianceThreshold: 2000,
      unusualSensitivity: 4.5,
      unusualMinCount: 5,
    };
    const response = await put(body, f.tokens.owner);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ storeId: f.store.id, ...body });
    expect(await read()).toEqual({ storeId: f.store.id, ...body });
    const stores = (await (await f.request('GET', '/api/v1/stores', { token: f.tokens.owner })).json()) as {
      items: Store[];
    };
    expect(stores.items.find((store) => store.id === f.store.id)?.registerOfflineAlertHours).toBe(8);

    const audit = await createAuditRepository(f.ctx.db).list({ limit: 50, storeId: f.store.id });
    const changed = audit.items.find((record) => record.action === 'store.alert_settings_changed');
    expect(changed).toMatchObject({ targetId: f.store.id });
    expect(changed?.detail).toEqual({
      enabled: { from: ALL_ON, to: body.enabled },
      registerOfflineAlertHours: { from: 24, to: 8 },
      cashVarianceThreshold: { from: 5000, to: 2000 },
      unusualSensitivity: { from: 3.5, to: 4.5 },
      unusualMinCount: { from: 3, to: 5 },
    });

    // Back to the defaults for the other stories (the store setting route sees the same limit).
    await f.request('PATCH', `/api/v1/stores/${f.store.id}`, {
      token: f.tokens.owner,
      body: { registerOfflineAlertHours: 24 },
    });
    const back = await put(
      {
        enabled: ALL_ON,
        registerOfflineAlertHours: 24,
        cashVarianceThreshold: 5000,
        unusualSensitivity: 3.5,
        unusualMinCount: 3,
      },
      f.tokens.owner,
    );
    expect(back.status).toBe(200);
    expect((await read()).registerOfflineAlertHours).toBe(24);
  });

  it('lets a manager change the shop-floor alerts but not those that watch the staff', async () => {
    const defaults = await read();
    const { storeId: _, ...body } = defaults;
    const floor = await put({
      ...body,
      enabled: { ...body.enabled, low_stock: false },
      registerOfflineAlertHours: 12,
    });
    expect(floor.status).toBe(200);
    for (const [name, change] of [
      ['switching off the cash variance alert', { enabled: { ...body.enabled, cash_variance: false } }],
      ['switching off unusual voids', { enabled: { ...body.enabled, unusual_voids: false } }],
      ['raising the cash variance threshold', { cashVarianceThreshold: 100_000 }],
      ['dulling the sensitivity', { unusualSensitivity: 9 }],
      ['raising the minimum count', { unusualMinCount: 50 }],
    ] as const) {
      const refused = await put({ ...body, registerOfflineAlertHours: 12, ...change });
      expect(refused.status, name).toBe(403);
      expect(await refused.json()).toMatchObject({ error: { code: 'forbidden' } });
    }
    expect(await read()).toEqual({
      ...defaults,
      enabled: { ...defaults.enabled, low_stock: false },
      registerOfflineAlertHours: 12,
    });
    expect((await put(body, f.tokens.owner)).status).toBe(200);
  });

  it('refuses settings that make no sense, saying which, and changes nothing', async () => {
    const good = {
      enabled: ALL_ON,
      registerOfflineAlertHours: 24,
      cashVarianceThreshold: 5000,
      unusualSensitivity: 3.5,
      unusualMinCount: 3,
    };
    for (const [name, body, field] of [
      ['a sensitivity with two decimals', { ...good, unusualSensitivity: 3.55 }, 'unusualSensitivity'],
      ['a sensitivity below 2', { ...good, unusualSensitivity: 1 }, 'unusualSensitivity'],
      ['a negative threshold', { ...good, cashVarianceThreshold: -1 }, 'cashVarianceThreshold'],
      ['a threshold in yuan', { ...good, cashVarianceThreshold: 50.5 }, 'cashVarianceThreshold'],
      ['no minimum count', { ...good, unusualMinCount: 0 }, 'unusualMinCount'],
      ['zero offline hours', { ...good, registerOfflineAlertHours: 0 }, 'registerOfflineAlertHours'],
      ['a kind left out', { ...good, enabled: { ...ALL_ON, low_stock: undefined } }, 'enabled.low_stock'],
      [
        'a kind that cannot be switched',
        { ...good, enabled: { ...ALL_ON, sync_conflict: false } },
        'enabled.sync_conflict',
      ],
      ['a setting left out', { ...good, unusualMinCount: undefined }, 'unusualMinCount'],
    ] as const) {
      await expectRefused(f.ctx.db, {
        name,
        send: () => put(body),
        status: 400,
        code: 'validation_failed',
        path: field,
      });
    }
    expect(await read()).toEqual({ storeId: f.store.id, ...good });
  });

  it('is for owners and managers only, and only for their own stores', async () => {
    for (const role of ['cashier', 'accountant', 'stock_clerk'] as const) {
      expect((await f.request('GET', path(), { token: f.tokens[role] })).status, role).toBe(403);
      const refused = await put({}, f.tokens[role]);
      expect([refused.status, ((await refused.json()) as { error: { code: string } }).error.code]).toEqual([
        403,
        'forbidden',
      ]);
    }
    const elsewhere = await f.request('GET', `/api/v1/stores/${f.id()}/alert-settings`, {
      token: f.tokens.owner,
    });
    expect(elsewhere.status).toBe(404);
  });
});
