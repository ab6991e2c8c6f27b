import { describe, expect, it } from 'vitest';
import { createMemoryStorage } from '../storage';
import { deviceHeaders } from './device-headers';
import { DEVICE_TOKEN_KEY } from './device-token';

describe('device headers', () => {
  it('carry the app version always, and the device token once paired', () => {
    const storage = createMemoryStorage();
    expect(Object.keys(deviceHeaders(storage))).toEqual(['X-Kassa-Version']);
    const token = 'A'.repeat(43);
    storage.setItem(DEVICE_TOKEN_KEY, token);
    expect(deviceHeaders(storage)).toMatchObject({ 'X-Kassa-Device': token });
    // Something that is not a token is not sent.
    storage.setItem(DEVICE_TOKEN_KEY, 'not a token');
    expect(deviceHeaders(storage)).not.toHaveProperty('X-Kassa-Device');
  });
});
