import { describeEachDialect } from '@kassa/db/testing';
import { beforeAll, it } from 'vitest';
import { expectRefused, type RefusalCase } from '../testing/expect-refused';
import { pairTestDevice, type TestDevice } from '../testing/paired-device';
import { createFixture, type Fixture } from '../testing/test-fixture';

describeEachDialect(
  'registers and devices refuse what they cannot do, with a code and a message',
  (getDb) => {
    let f: Fixture;
    let till: TestDevice;
    beforeAll(async () => {
      f = await createFixture(getDb());
      till = await pairTestDevice(f, f.registerId);
    });
    const unknown = '01890a5d-ac96-774b-bcce-b302099a8057';
    const post = (path: string, body?: unknown, token: string | null = f.tokens.owner) =>
      f.request('POST', path, { token, ...(body === undefined ? {} : { body }) });

    const cases: Array<Omit<RefusalCase, 'send'> & { send: () => Promise<Response> }> = [
      {
        name: 'a register without a name',
        send: () => post(`/api/v1/stores/${f.store.id}/registers`, { name: '   ' }),
        status: 400,
        code: 'validation_failed',
        path: 'name',
      },
      {
        name: 'a register code that cannot go into a receipt number',
        send: () => post(`/api/v1/stores/${f.store.id}/registers`, { name: 'X', code: '0 1' }),
        status: 400,
        code: 'validation_failed',
        path: 'code',
      },
      {
        name: 'a register code the store already has',
        send: () => post(`/api/v1/stores/${f.store.id}/registers`, { name: 'X', code: '01' }),
        status: 409,
        code: 'register_code_taken',
      },
      {
        name: 'a register in a store nobody has',
        send: () => post(`/api/v1/stores/${unknown}/registers`, { name: 'X' }),
        status: 404,
        code: 'store_not_found',
      },
      {
        name: 'a cashier adding a register',
        send: () => post(`/api/v1/stores/${f.store.id}/registers`, { name: 'X' }, f.tokens.cashier),
        status: 403,
        code: 'forbidden',
      },
      {
        name: 'a change of nothing',
        send: () =>
          f.request('PATCH', `/api/v1/registers/${f.registerId}`, { token: f.tokens.owner, body: {} }),
        status: 400,
        code: 'validation_failed',
      },
      {
        name: 'renaming a register nobody has',
        send: () =>
          f.request('PATCH', `/api/v1/registers/${unknown}`, { token: f.tokens.owner, body: { name: 'X' } }),
        status: 404,
        code: 'register_not_found',
      },
      {
        name: 'a pairing code for a register nobody has',
        send: () => post(`/api/v1/registers/${unknown}/pairing-codes`),
        status: 404,
        code: 'register_not_found',
      },
      {
        name: 'a pairing code with letters',
        send: () => post('/api/v1/devices/pair', { code: '1234 abcd' }, null),
        status: 400,
        code: 'validation_failed',
        path: 'code',
      },
      {
        name: 'a pairing code of seven digits',
        send: () => post('/api/v1/devices/pair', { code: '1234567' }, null),
        status: 400,
        code: 'validation_failed',
        path: 'code',
      },
      {
        name: 'revoking a device nobody has',
        send: () => post(`/api/v1/devices/${unknown}/revoke`),
        status: 404,
        code: 'device_not_found',
      },
      {
        name: 'a heartbeat from a browser that never paired',
        send: () => post('/api/v1/devices/heartbeat', { pending: 0, oldestPendingAt: null }, null),
        status: 403,
        code: 'device_not_paired',
      },
      {
        name: 'a heartbeat with a negative outbox',
        send: () =>
          f.request('POST', '/api/v1/devices/heartbeat', {
            device: till.token,
            body: { pending: -1, oldestPendingAt: null },
          }),
        status: 400,
        code: 'validation_failed',
        path: 'pending',
      },
      {
        name: 'an offline alert limit of zero hours',
        send: () =>
          f.request('PATCH', `/api/v1/stores/${f.store.id}`, {
            token: f.tokens.owner,
            body: { registerOfflineAlertHours: 0 },
          }),
        status: 400,
        code: 'validation_failed',
        path: 'registerOfflineAlertHours',
      },
    ];

    it.each(cases)('$name', (refusal) => expectRefused(f.ctx.db, refusal));
  },
);
