import type { Fixture } from './test-fixture';

/** A device paired with a register, as the register keeps it. */
export type TestDevice = { readonly token: string; readonly deviceId: string; readonly registerId: string };

/**
 * Pairs a new device with `registerId` the way the back office and a register do: the owner creates
 * a pairing code, the device redeems it.
 */
export async function pairTestDevice(
  f: Fixture,
  registerId: string,
  ownerToken = f.tokens.owner,
): Promise<TestDevice> {
  const created = await f.request('POST', `/api/v1/registers/${registerId}/pairing-codes`, {
    token: ownerToken,
  });
  if (created.status !== 201) throw new Error(`creating a pairing code answered ${created.status}`);
  const { code } = (await created.json()) as { code: string };
  const paired = await f.request('POST', '/api/v1/devices/pair', { body: { code, name: 'test till' } });
  if (paired.status !== 201) throw new Error(`pairing answered ${paired.status}`);
  const body = (await paired.json()) as { token: string; device: { id: string } };
  return { token: body.token, deviceId: body.device.id, registerId };
}

/** PIN sign-in on the device's register, from the device. */
export function pinSignInOn(
  device: TestDevice,
  f: Fixture,
  username: string,
  pin: string,
): Promise<Response> {
  return f.request('POST', '/api/v1/auth/pin', {
    device: device.token,
    body: { registerId: device.registerId, username, pin },
  });
}
