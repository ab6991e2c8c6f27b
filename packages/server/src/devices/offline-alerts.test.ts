import type { Register } from '@kassa/api';
import { createAlertRepository } from '@kassa/db';
import { describeEachDialect } from '@kassa/db/testing';
import { beforeAll, expect, it } from 'vitest';
import { pairTestDevice, type TestDevice } from '../testing/paired-device';
import { createFixture, type Fixture, PASSWORDS } from '../testing/test-fixture';
import { OFFLINE_CHECK_EVERY_MS, startOfflineAlertSchedule } from './offline-alert-schedule';
import { REGISTER_OFFLINE, raiseOfflineAlerts } from './offline-alerts';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

describeEachDialect('registers offline too long alert the owner (收银机离线提醒)', (getDb) => {
  let f: Fixture;
  beforeAll(async () => {
    f = await createFixture(getDb());
  });
  /** The owner, signed in afresh: the stories move the clock by days, past any session's 12 idle hours. */
  const owner = async () => {
    const response = await f.request('POST', '/api/v1/auth/login', {
      body: { username: 'owner', password: PASSWORDS.owner },
    });
    return ((await response.json()) as { token: string }).token;
  };
  /** A new register of the store with a device paired to it: each story watches its own. */
  const pairedRegister = async (name: string): Promise<{ register: Register; till: TestDevice }> => {
    const created = await f.request('POST', `/api/v1/stores/${f.store.id}/registers`, {
      token: await owner(),
      body: { name },
    });
    const register = (await created.json()) as Register;
    return { register, till: await pairTestDevice(f, register.id, await owner()) };
  };
  const offlineAlerts = async (...registers: Register[]) =>
    (await createAlertRepository(f.ctx.db).list(f.store.id, 1000)).filter(
      (a) => a.kind === REGISTER_OFFLINE && registers.some((r) => r.id === a.refId),
    );
  const heartbeat = (till: TestDevice, pending: number) =>
    f.request('POST', '/api/v1/devices/heartbeat', {
      device: till.token,
      body: { pending, oldestPendingAt: pending > 0 ? f.ctx.clock() - HOUR : null },
    });
  const setLimit = async (hours: number) =>
    f.request('PATCH', `/api/v1/stores/${f.store.id}`, {
      token: await owner(),
      body: { registerOfflineAlertHours: hours },
    });
  const setActive = async (register: Register, active: boolean) =>
    f.request('PATCH', `/api/v1/registers/${register.id}`, { token: await owner(), body: { active } });
  /** Every register of the store not in `keep` is disabled, so earlier stories' devices stay quiet. */
  const quietExcept = async (...keep: Register[]) => {
    const { items } = (await (
      await f.request('GET', `/api/v1/stores/${f.store.id}/registers`, { token: await owner() })
    ).json()) as { items: Register[] };
    for (const register of items)
      if (!keep.some((r) => r.id === register.id)) await setActive(register, false);
  };

  it('alerts once per outage, after the store’s 24 hours, and again only after the register was back', async () => {
    const { register, till } = await pairedRegister('离线一号');
    await quietExcept(register);
    await heartbeat(till, 5);
    const lastSeenAt = f.ctx.clock();
    f.tick(24 * HOUR);
    expect(await raiseOfflineAlerts(f.ctx)).toBe(0);
    f.tick(1);
    expect(await raiseOfflineAlerts(f.ctx)).toBe(1);
    expect(await offlineAlerts(register)).toMatchObject([
      {
        refId: register.id,
        createdAt: f.ctx.clock(),
        readAt: null,
        details: {
          deviceId: till.deviceId,
          registerCode: register.code,
          registerName: '离线一号',
          lastSeenAt,
          limitHours: 24,
          pending: 5,
          oldestPendingAt: lastSeenAt - HOUR,
        },
      },
    ]);
    // Still offline days later: no second alert for the same outage.
    f.tick(72 * HOUR);
    expect(await raiseOfflineAlerts(f.ctx)).toBe(0);

    // Back for a moment, then gone again for a day: a new outage, a new alert.
    await heartbeat(till, 0);
    f.tick(24 * HOUR + 1);
    expect(await raiseOfflineAlerts(f.ctx)).toBe(1);
    expect(await offlineAlerts(register)).toHaveLength(2);
  });

  it('follows the store’s own limit, and leaves disabled registers and revoked devices alone', async () => {
    expect(await (await setLimit(2)).json()).toMatchObject({ registerOfflineAlertHours: 2 });
    const disabled = await pairedRegister('停用的');
    const revoked = await pairedRegister('吊销的');
    await quietExcept(disabled.register, revoked.register);
    await setActive(disabled.register, false);
    await f.request('POST', `/api/v1/devices/${revoked.till.deviceId}/revoke`, { token: await owner() });
    f.tick(3 * HOUR);
    expect(await raiseOfflineAlerts(f.ctx)).toBe(0);

    await setActive(disabled.register, true);
    expect(await raiseOfflineAlerts(f.ctx)).toBe(1);
    expect((await offlineAlerts(disabled.register)).map((a) => a.details.limitHours)).toEqual([2]);
    await setLimit(24);
  });

  it('checks 2 minutes after the server starts, then every 5 minutes, until stopped', async () => {
    const first = await pairedRegister('定时一号');
    await quietExcept(first.register);
    // The server was down a day; it starts now.
    f.tick(25 * HOUR);
    const timer = { check: async () => {}, stopped: false };
    const logged: string[] = [];
    const schedule = startOfflineAlertSchedule({
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
    // Just started: registers cut off only by the server being down get two minutes to come back.
    await timer.check();
    expect(await offlineAlerts(first.register)).toHaveLength(0);
    f.tick(2 * MINUTE);
    await timer.check();
    expect(await offlineAlerts(first.register)).toHaveLength(1);
    expect(logged).toEqual(['registers offline too long: owner alerted']);

    const second = await pairedRegister('定时二号');
    const third = await pairedRegister('定时三号');
    f.tick(23 * HOUR);
    await heartbeat(third.till, 0);
    f.tick(HOUR + 1);
    await timer.check();
    expect((await offlineAlerts(second.register)).map((a) => a.details.deviceId)).toEqual([
      second.till.deviceId,
    ]);
    expect(await offlineAlerts(third.register)).toHaveLength(0);
    // With a 1-hour limit the third is overdue now, but the next check is five minutes after the last.
    await setLimit(1);
    f.tick(OFFLINE_CHECK_EVERY_MS - 1);
    await timer.check();
    expect(await offlineAlerts(third.register)).toHaveLength(0);
    f.tick(1);
    await timer.check();
    expect(await offlineAlerts(third.register)).toHaveLength(1);
    await schedule.stop();
    expect(timer.stopped).toBe(true);
    await setLimit(24);
  });
});
