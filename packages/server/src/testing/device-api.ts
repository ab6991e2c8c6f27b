import type { PairingCode, Register, StoreDevices } from '@kassa/api';
import { expect } from 'vitest';
import type { Fixture } from './test-fixture';

// Register and device endpoints as the device tests drive them: typed calls that check the status.

export type ErrorAnswer = { error: { code: string; message: string; details?: Record<string, unknown> } };

/** Calls of the device API on the fixture `fixture()` gives (created in `beforeAll`). */
export function deviceApi(fixture: () => Fixture) {
  const newRegister = async (name: string, token = fixture().tokens.owner) => {
    const response = await fixture().request('POST', `/api/v1/stores/${fixture().store.id}/registers`, {
      token,
      body: { name },
    });
    expect(response.status).toBe(201);
    return (await response.json()) as Register;
  };
  const newCode = async (registerId: string, token = fixture().tokens.manager) => {
    const response = await fixture().request('POST', `/api/v1/registers/${registerId}/pairing-codes`, {
      token,
    });
    expect(response.status).toBe(201);
    return (await response.json()) as PairingCode;
  };
  const pair = (code: string) =>
    fixture().request('POST', '/api/v1/devices/pair', { body: { code, name: 'Chrome on the till' } });
  const heartbeat = (device: string, body: unknown, version?: string) =>
    fixture().app.request('/api/v1/devices/heartbeat', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-kassa-device': device,
        ...(version ? { 'x-kassa-version': version } : {}),
      },
      body: JSON.stringify(body),
    });
  const listed = async (registerId: string) => {
    const response = await fixture().request('GET', `/api/v1/stores/${fixture().store.id}/devices`, {
      token: fixture().tokens.manager,
    });
    expect(response.status).toBe(200);
    const list = (await response.json()) as StoreDevices;
    const item = list.items.find((i) => i.register.id === registerId);
    if (!item) throw new Error('the register is not listed');
    return { ...item, list };
  };
  const codeOf = async (response: Response) => ((await response.json()) as ErrorAnswer).error.code;
  return { newRegister, newCode, pair, heartbeat, listed, codeOf };
}
