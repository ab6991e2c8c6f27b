import { createAuditRepository } from '@kassa/db';
import { describeEachDialect } from '@kassa/db/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { createStaff } from '../staff/create-staff';
import { pairTestDevice, type TestDevice } from '../testing/paired-device';
import { CASHIER_PIN, createFixture, type Fixture, PASSWORDS } from '../testing/test-fixture';

type Answer = {
  token: string;
  expiresAt: number;
  me: { id: string; role: string; registerId: string | null; storeIds: string[]; permissions: string[] };
};
type ErrorAnswer = { error: { code: string } };

describeEachDialect('signing in', (getDb) => {
  let f: Fixture;
  let till: TestDevice;
  beforeAll(async () => {
    f = await createFixture(getDb());
    till = await pairTestDevice(f, f.registerId);
  });
  const login = (username: string, password: string) =>
    f.request('POST', '/api/v1/auth/login', { body: { username, password } });
  const pin = (registerId: string, username: string, code: string, device: string | null = till.token) =>
    f.request('POST', '/api/v1/auth/pin', {
      body: { registerId, username, pin: code },
      ...(device === null ? {} : { device }),
    });

  it('signs in with a password: a token, an HttpOnly cookie and who it is', async () => {
    const response = await login('manager', PASSWORDS.manager);
    expect(response.status).toBe(200);
    const answer = (await response.json()) as Answer;
    expect(answer.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(answer.me).toMatchObject({ role: 'manager', registerId: null, storeIds: [f.store.id] });
    expect(answer.me.permissions).toContain('sale.create');
    const cookie = response.headers.get('set-cookie') ?? '';
    expect(cookie).toContain(`kassa_session=${answer.token}`);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).toMatch(/Path=\//);

    const byCookie = await f.app.request('/api/v1/auth/me', {
      headers: { cookie: `kassa_session=${answer.token}` },
    });
    expect(((await byCookie.json()) as Answer['me']).id).toBe(answer.me.id);
  });

  it('shows the owner every store', async () => {
    const me = await f.request('GET', '/api/v1/auth/me', { token: f.tokens.owner });
    expect(((await me.json()) as Answer['me']).storeIds).toEqual([f.store.id]);
  });

  it('answers a wrong password and an unknown user the same way', async () => {
    const wrongPassword = await login('accountant', 'not-the-password');
    const unknownUser = await login('nobody-here', 'not-the-password');
    expect(wrongPassword.status).toBe(401);
    expect(unknownUser.status).toBe(401);
    expect(await wrongPassword.json()).toEqual(await unknownUser.json());
    expect(((await (await login('accountant', PASSWORDS.accountant)).json()) as Answer).me.role).toBe(
      'accountant',
    );
  });

  it('refuses a token it never issued', async () => {
    const response = await f.request('GET', '/api/v1/auth/me', { token: 'A'.repeat(43) });
    expect(((await response.json()) as ErrorAnswer).error.code).toBe('unauthenticated');
  });

  describe('lockout', () => {
    it('locks an account for five minutes after five failures, even for the right password', async () => {
      await createStaff(f.ctx, {
        username: 'unlucky',
        displayName: 'Unlucky',
        roleId: 'cashier',
        password: 'right-one-1',
      });
      const codes: string[] = [];
      for (let i = 0; i < 5; i++)
        codes.push(((await (await login('unlucky', 'wrong')).json()) as ErrorAnswer).error.code);
      expect(codes).toEqual([
        'invalid_credentials',
        'invalid_credentials',
        'invalid_credentials',
        'invalid_credentials',
        'account_locked',
      ]);

      const locked = await login('unlucky', 'right-one-1');
      expect([locked.status, ((await locked.json()) as ErrorAnswer).error.code]).toEqual([
        423,
        'account_locked',
      ]);

      f.tick(5 * 60 * 1000 + 1);
      expect((await login('unlucky', 'right-one-1')).status).toBe(200);
      // The slate is clean: one slip after the lock is just a wrong password.
      expect(((await (await login('unlucky', 'wrong')).json()) as ErrorAnswer).error.code).toBe(
        'invalid_credentials',
      );
    });

    it('audits failed and successful logins', async () => {
      const audit = await createAuditRepository(f.ctx.db).list({ limit: 500 });
      const actions = new Set(audit.items.map((record) => record.action));
      expect(actions).toContain('auth.login');
      expect(actions).toContain('auth.login_failed');
      expect(actions).toContain('auth.locked');
    });
  });

  describe('PIN', () => {
    it('binds the session to the register', async () => {
      const response = await pin(f.registerId, 'cashier', CASHIER_PIN);
      expect(response.status).toBe(200);
      const answer = (await response.json()) as Answer;
      expect(answer.me.registerId).toBe(f.registerId);

      const here = await f.request('POST', '/api/v1/sales', { token: answer.token, body: f.saleBody() });
      expect(here.status).toBe(201);
      const there = await f.request('POST', '/api/v1/sales', {
        token: answer.token,
        body: f.saleBody({ registerId: f.register2Id }),
      });
      expect(((await there.json()) as ErrorAnswer).error.code).toBe('register_mismatch');
    });

    it('refuses a wrong PIN, an unknown register and a register of a store the staff member cannot work in', async () => {
      expect(((await (await pin(f.registerId, 'cashier', '0000')).json()) as ErrorAnswer).error.code).toBe(
        'invalid_pin',
      );
      expect(((await (await pin(f.id(), 'cashier', CASHIER_PIN)).json()) as ErrorAnswer).error.code).toBe(
        'register_not_found',
      );
      await createStaff(f.ctx, {
        username: 'elsewhere',
        displayName: 'Elsewhere',
        roleId: 'cashier',
        pin: '1357',
        storeIds: [],
      });
      expect(((await (await pin(f.registerId, 'elsewhere', '1357')).json()) as ErrorAnswer).error.code).toBe(
        'register_not_found',
      );
    });

    it('works only from the device paired with that register', async () => {
      const refusal = async (registerId: string, device: string | null) => {
        const response = await pin(registerId, 'cashier', CASHIER_PIN, device);
        return [response.status, ((await response.json()) as ErrorAnswer).error.code];
      };
      // A browser that never paired, a token nobody holds, and a device of another register.
      expect(await refusal(f.registerId, null)).toEqual([403, 'device_not_paired']);
      expect(await refusal(f.registerId, 'B'.repeat(43))).toEqual([403, 'device_not_paired']);
      const other = await pairTestDevice(f, f.register2Id);
      expect(await refusal(f.registerId, other.token)).toEqual([403, 'device_not_paired']);
      expect((await pin(f.register2Id, 'cashier', CASHIER_PIN, other.token)).status).toBe(200);
    });

    it('locks one device out after ten wrong PINs, whoever types them, but not the other devices', async () => {
      const device = await pairTestDevice(f, f.register2Id);
      for (let i = 0; i < 5; i++)
        await createStaff(f.ctx, {
          username: `temp${i}`,
          displayName: 'T',
          roleId: 'cashier',
          pin: '1111',
          storeIds: [f.store.id],
        });
      const codes: string[] = [];
      // Two wrong PINs each for five people: no account reaches its own lock (five in a row).
      for (let i = 0; i < 10; i++) {
        const response = await pin(f.register2Id, `temp${i % 5}`, '9999', device.token);
        codes.push(((await response.json()) as ErrorAnswer).error.code);
      }
      expect(new Set(codes)).toEqual(new Set(['invalid_pin']));
      const locked = await pin(f.register2Id, 'temp0', '1111', device.token);
      expect(locked.status).toBe(429);
      expect(
        ((await locked.json()) as { error: { details: { retryAfterSeconds: number } } }).error.details,
      ).toEqual({
        retryAfterSeconds: 300,
      });
      expect(locked.headers.get('retry-after')).toBe('300');
      expect((await pin(f.registerId, 'temp0', '1111')).status).toBe(200);
      f.tick(5 * 60 * 1000 + 1);
      expect((await pin(f.register2Id, 'temp0', '1111', device.token)).status).toBe(200);
    });
  });

  it('logs out: the token stops working and the cookie is cleared', async () => {
    const { token } = (await (await login('stock_clerk', PASSWORDS.stock_clerk)).json()) as Answer;
    const out = await f.request('POST', '/api/v1/auth/logout', { token });
    expect(out.status).toBe(204);
    expect(out.headers.get('set-cookie')).toMatch(/kassa_session=;.*Max-Age=0/i);
    const after = await f.request('GET', '/api/v1/auth/me', { token });
    expect(after.status).toBe(401);
  });

  it('expires a session after 12 idle hours', async () => {
    const { token } = (await (await login('stock_clerk', PASSWORDS.stock_clerk)).json()) as Answer;
    f.tick(11 * 60 * 60 * 1000);
    expect((await f.request('GET', '/api/v1/auth/me', { token })).status).toBe(200);
    // Used an hour before expiry, so the expiry slid: 11 more hours are fine.
    f.tick(11 * 60 * 60 * 1000);
    expect((await f.request('GET', '/api/v1/auth/me', { token })).status).toBe(200);
    f.tick(12 * 60 * 60 * 1000 + 1);
    expect((await f.request('GET', '/api/v1/auth/me', { token })).status).toBe(401);
  });
});
