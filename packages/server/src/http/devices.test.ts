import type { Register } from '@kassa/api';
import { describeEachDialect } from '@kassa/db/testing';
import { beforeAll, expect, it } from 'vitest';
import { deviceApi } from '../testing/device-api';
import { pairTestDevice } from '../testing/paired-device';
import { createFixture, type Fixture } from '../testing/test-fixture';

describeEachDialect('registers and their devices (收银机管理)', (getDb) => {
  let f: Fixture;
  beforeAll(async () => {
    f = await createFixture(getDb());
  });
  const { newRegister, newCode, pair, heartbeat, listed, codeOf } = deviceApi(() => f);

  it('the owner adds a register and pairs a browser with its one-time code; the list shows it online', async () => {
    const register = await newRegister('3号收银台');
    // Without a code it takes the next number after the fixture's 01 and 02.
    expect(register).toMatchObject({ code: '03', name: '3号收银台', active: true });
    expect(await listed(register.id)).toMatchObject({ status: 'unpaired', device: null });

    const code = await newCode(register.id);
    expect(code.code).toMatch(/^\d{8}$/);
    expect(code.expiresAt).toBe(f.ctx.clock() + 15 * 60 * 1000);
    // Typed as shown on screen, 4-4.
    const paired = await pair(`${code.code.slice(0, 4)} ${code.code.slice(4)}`);
    expect(paired.status).toBe(201);
    const answer = (await paired.json()) as {
      token: string;
      device: { id: string; name: string };
      store: { id: string };
      register: Register;
    };
    expect(answer.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(answer).toMatchObject({
      device: { name: 'Chrome on the till' },
      store: { id: f.store.id },
      register: { id: register.id, code: '03' },
    });
    // The token is never stored, only its hash.
    const stored = await f.ctx.db
      .selectFrom('devices')
      .selectAll()
      .where('id', '=', answer.device.id)
      .execute();
    expect(JSON.stringify(stored)).not.toContain(answer.token);
    expect(JSON.stringify(await f.ctx.db.selectFrom('pairing_codes').selectAll().execute())).not.toContain(
      code.code,
    );

    const beat = await heartbeat(
      answer.token,
      { pending: 3, oldestPendingAt: f.ctx.clock() - 60_000 },
      '0.1.0',
    );
    expect(beat.status).toBe(200);
    expect(await beat.json()).toEqual({
      deviceId: answer.device.id,
      registerId: register.id,
      registerName: '3号收银台',
      registerActive: true,
    });
    expect(await listed(register.id)).toMatchObject({
      status: 'online',
      device: {
        id: answer.device.id,
        appVersion: '0.1.0',
        lastSeenAt: f.ctx.clock(),
        outbox: { pending: 3, oldestPendingAt: f.ctx.clock() - 60_000 },
        revokedAt: null,
      },
      list: { offlineAlertHours: 24, onlineWindowMs: 120_000 },
    });
    f.tick(2 * 60 * 1000 + 1);
    expect((await listed(register.id)).status).toBe('offline');

    const audit = await f.ctx.db
      .selectFrom('audit_log')
      .select(['action', 'staff_id'])
      .where('target_id', '=', register.id)
      .orderBy('at')
      .execute();
    // All at the same instant of the test clock: compared as a set.
    expect(audit.map((a) => a.action).sort()).toEqual([
      'device.paired',
      'register.created',
      'register.pairing_code_created',
    ]);
    // The pairing is the doing of whoever created the code.
    expect(audit.find((a) => a.action === 'device.paired')?.staff_id).toBe(f.staffIds.manager);
  });

  it('pairing a new till revokes the old one: its PIN sessions end and its heartbeat is refused', async () => {
    const register = await newRegister('5号收银台');
    const old = await pairTestDevice(f, register.id);
    await heartbeat(old.token, { pending: 2, oldestPendingAt: f.ctx.clock() });
    const signedIn = await f.request('POST', '/api/v1/auth/pin', {
      device: old.token,
      body: { registerId: register.id, username: 'cashier', pin: '2468' },
    });
    const { token } = (await signedIn.json()) as { token: string };
    expect((await f.request('GET', '/api/v1/auth/me', { token })).status).toBe(200);

    const replacement = await pairTestDevice(f, register.id);
    expect((await f.request('GET', '/api/v1/auth/me', { token })).status).toBe(401);
    const refused = await heartbeat(old.token, { pending: 2, oldestPendingAt: null });
    expect([refused.status, await codeOf(refused)]).toEqual([403, 'device_revoked']);
    expect(await listed(register.id)).toMatchObject({
      status: 'online',
      device: { id: replacement.deviceId },
    });
    const revoked = await f.ctx.db
      .selectFrom('devices')
      .selectAll()
      .where('id', '=', old.deviceId)
      .executeTakeFirst();
    expect(revoked).toMatchObject({
      revoked_at: f.ctx.clock(),
      revoked_by: f.staffIds.owner,
      outbox_pending: 2,
    });
  });

  it('a browser paired as another register is no longer the device of the first', async () => {
    const here = await newRegister('10号收银台');
    const there = await newRegister('11号收银台');
    const device = await pairTestDevice(f, here.id);
    const code = await newCode(there.id);
    const moved = await f.request('POST', '/api/v1/devices/pair', {
      device: device.token,
      body: { code: code.code },
    });
    expect(moved.status).toBe(201);
    expect(await listed(here.id)).toMatchObject({ status: 'unpaired', device: { id: device.deviceId } });
    expect((await listed(there.id)).status).toBe('online');
  });

  it('revoking a device ends its sessions and refuses it; the list keeps what it had not uploaded', async () => {
    const register = await newRegister('6号收银台');
    const device = await pairTestDevice(f, register.id);
    await heartbeat(device.token, { pending: 4, oldestPendingAt: f.ctx.clock() - 5_000 });
    const signedIn = await f.request('POST', '/api/v1/auth/pin', {
      device: device.token,
      body: { registerId: register.id, username: 'cashier', pin: '2468' },
    });
    const { token } = (await signedIn.json()) as { token: string };

    const revoke = () =>
      f.request('POST', `/api/v1/devices/${device.deviceId}/revoke`, { token: f.tokens.manager });
    const first = await revoke();
    expect(first.status).toBe(200);
    const revoked = (await first.json()) as { revokedAt: number; revokedBy: string };
    expect(revoked).toMatchObject({ revokedAt: f.ctx.clock(), revokedBy: f.staffIds.manager });
    expect((await f.request('GET', '/api/v1/auth/me', { token })).status).toBe(401);
    const again = await f.request('POST', '/api/v1/auth/pin', {
      device: device.token,
      body: { registerId: register.id, username: 'cashier', pin: '2468' },
    });
    expect([again.status, await codeOf(again)]).toEqual([403, 'device_revoked']);
    expect(await listed(register.id)).toMatchObject({
      status: 'unpaired',
      device: { id: device.deviceId, revokedAt: revoked.revokedAt, outbox: { pending: 4 } },
    });
    // Revoking again changes nothing.
    f.tick(1000);
    expect(await (await revoke()).json()).toMatchObject({ revokedAt: revoked.revokedAt });
    const audit = await f.ctx.db
      .selectFrom('audit_log')
      .select('detail')
      .where('action', '=', 'device.revoked')
      .where('target_id', '=', register.id)
      .execute();
    expect(audit.map((a) => JSON.parse(a.detail ?? '{}'))).toEqual([
      { deviceId: device.deviceId, pending: 4, sessionsEnded: 1 },
    ]);
  });

  it('a disabled register refuses PIN sign-in and pairing; renamed and enabled again, it works', async () => {
    const register = await newRegister('7号收银台');
    const device = await pairTestDevice(f, register.id);
    const pin = () =>
      f.request('POST', '/api/v1/auth/pin', {
        device: device.token,
        body: { registerId: register.id, username: 'cashier', pin: '2468' },
      });
    const { token } = (await (await pin()).json()) as { token: string };
    const patch = (body: unknown) =>
      f.request('PATCH', `/api/v1/registers/${register.id}`, { token: f.tokens.owner, body });

    expect(await (await patch({ active: false })).json()).toMatchObject({ active: false });
    expect((await f.request('GET', '/api/v1/auth/me', { token })).status).toBe(401);
    const refused = await pin();
    expect([refused.status, await codeOf(refused)]).toEqual([403, 'register_disabled']);
    const noCode = await f.request('POST', `/api/v1/registers/${register.id}/pairing-codes`, {
      token: f.tokens.owner,
    });
    expect(await codeOf(noCode)).toBe('register_disabled');
    expect(await (await heartbeat(device.token, { pending: 0, oldestPendingAt: null })).json()).toMatchObject(
      {
        registerActive: false,
      },
    );
    expect((await listed(register.id)).status).toBe('disabled');

    expect(await (await patch({ active: true, name: '七号机' })).json()).toMatchObject({
      active: true,
      name: '七号机',
    });
    expect((await pin()).status).toBe(200);
    // The till learns its new name from its next heartbeat.
    expect(await (await heartbeat(device.token, { pending: 0, oldestPendingAt: null })).json()).toMatchObject(
      {
        registerName: '七号机',
        registerActive: true,
      },
    );
    const actions = await f.ctx.db
      .selectFrom('audit_log')
      .select('action')
      .where('target_id', '=', register.id)
      .where('action', 'like', 'register.%abled')
      .orderBy('at')
      .execute();
    expect(actions.map((a) => a.action).sort()).toEqual(['register.disabled', 'register.enabled']);
  });
});
