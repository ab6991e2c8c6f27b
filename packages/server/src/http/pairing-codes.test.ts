import { describeEachDialect } from '@kassa/db/testing';
import { beforeAll, expect, it } from 'vitest';
import { deviceApi, type ErrorAnswer } from '../testing/device-api';
import { pairTestDevice } from '../testing/paired-device';
import { createFixture, type Fixture } from '../testing/test-fixture';

describeEachDialect('pairing codes and device presence', (getDb) => {
  let f: Fixture;
  beforeAll(async () => {
    f = await createFixture(getDb());
  });
  const { newRegister, newCode, pair, listed, codeOf } = deviceApi(() => f);

  it('a code is used once and lives 15 minutes; a newer code replaces an unused one', async () => {
    const register = await newRegister('4号收银台');
    const first = await newCode(register.id);
    expect((await pair(first.code)).status).toBe(201);
    expect(await codeOf(await pair(first.code))).toBe('pairing_code_invalid');

    const late = await newCode(register.id);
    f.tick(15 * 60 * 1000);
    const expired = await pair(late.code);
    expect([expired.status, await codeOf(expired)]).toEqual([422, 'pairing_code_invalid']);

    const replaced = await newCode(register.id);
    const current = await newCode(register.id);
    expect(await codeOf(await pair(replaced.code))).toBe('pairing_code_invalid');
    expect((await pair(current.code)).status).toBe(201);
  });

  it('guessing codes is throttled: after ten wrong codes in a minute even the right one waits', async () => {
    const register = await newRegister('8号收银台');
    // The wrong codes of the stories above have left the one-minute window.
    f.tick(60_001);
    const code = await newCode(register.id);
    const wrong = code.code === '00000000' ? '00000001' : '00000000';
    for (let i = 0; i < 10; i++) expect(await codeOf(await pair(wrong))).toBe('pairing_code_invalid');
    const throttled = await pair(code.code);
    expect(throttled.status).toBe(429);
    expect(((await throttled.json()) as ErrorAnswer).error).toMatchObject({
      code: 'rate_limited',
      details: { retryAfterSeconds: 60 },
    });
    expect(throttled.headers.get('retry-after')).toBe('60');
    f.tick(60_001);
    expect((await pair(code.code)).status).toBe(201);
  });

  it('a request with the device header moves its last seen at most every 30 s, with the app version', async () => {
    const register = await newRegister('9号收银台');
    const device = await pairTestDevice(f, register.id);
    const request = (version: string) =>
      f.app.request('/api/health', {
        headers: { 'x-kassa-device': device.token, 'x-kassa-version': version },
      });
    const pairedAt = f.ctx.clock();
    f.tick(40_000);
    await request('0.2.0');
    expect((await listed(register.id)).device).toMatchObject({
      lastSeenAt: pairedAt + 40_000,
      appVersion: '0.2.0',
    });
    f.tick(10_000);
    await request('0.3.0');
    expect((await listed(register.id)).device).toMatchObject({
      lastSeenAt: pairedAt + 40_000,
      appVersion: '0.2.0',
    });
    f.tick(20_000);
    // Not a version: kept as it was.
    await request('<script>');
    expect((await listed(register.id)).device).toMatchObject({
      lastSeenAt: pairedAt + 70_000,
      appVersion: '0.2.0',
    });
  });
});
