import type { Register } from '@kassa/api';
import { describeEachDialect } from '@kassa/db/testing';
import { beforeAll, expect, it } from 'vitest';
import { expectRefused } from '../testing/expect-refused';
import { createFixture, type Fixture } from '../testing/test-fixture';

describeEachDialect('automatic shift handover times per register', (getDb) => {
  let f: Fixture;
  beforeAll(async () => {
    f = await createFixture(getDb());
  });
  const setTimes = (times: unknown, token = f.tokens.manager) =>
    f.request('PATCH', `/api/v1/registers/${f.registerId}/handover`, { token, body: { times } });
  const registerNow = async () => {
    const listed = await f.request('GET', `/api/v1/stores/${f.store.id}/registers`, {
      token: f.tokens.cashier,
    });
    return ((await listed.json()) as { items: Register[] }).items.find((r) => r.id === f.registerId);
  };

  it('a manager sets the times; every register screen reads them back in order; the change is audited', async () => {
    expect((await registerNow())?.handoverTimes).toEqual([]);
    const set = await setTimes(['22:00', '14:00']);
    expect(set.status).toBe(200);
    expect(((await set.json()) as Register).handoverTimes).toEqual(['14:00', '22:00']);
    expect((await registerNow())?.handoverTimes).toEqual(['14:00', '22:00']);
    const audited = await f.ctx.db
      .selectFrom('audit_log')
      .select(['action', 'detail'])
      .where('action', '=', 'register.handover_set')
      .execute();
    expect(audited.map((row) => JSON.parse(row.detail ?? 'null'))).toEqual([{ times: ['14:00', '22:00'] }]);
    expect(((await (await setTimes([])).json()) as Register).handoverTimes).toEqual([]);
  });

  it('refuses times that are not HH:MM, repeats, too many, and a cashier', async () => {
    for (const [name, times] of [
      ['2 pm', ['2pm']],
      ['24:00', ['24:00']],
      ['a time without its leading zero', ['9:00']],
      ['the same time twice', ['14:00', '14:00']],
      ['seven times', ['01:00', '02:00', '03:00', '04:00', '05:00', '06:00', '07:00']],
      ['not a list', '14:00'],
    ] as const) {
      await expectRefused(f.ctx.db, {
        name,
        send: () => setTimes(times),
        status: 400,
        code: 'validation_failed',
      });
    }
    await expectRefused(f.ctx.db, {
      name: 'a cashier',
      send: () => setTimes(['14:00'], f.tokens.cashier),
      status: 403,
      code: 'forbidden',
    });
  });
});
