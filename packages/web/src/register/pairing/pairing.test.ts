import { describe, expect, it } from 'vitest';
import { DEVICE_TOKEN_KEY } from '../../shared/device/device-token';
import { createMemoryStorage } from '../../shared/storage';
import { loadPairing, noteDeviceState, type Pairing, savePairing } from './pairing';

const pairing: Pairing = {
  registerId: 'r1',
  registerName: '1号机',
  registerCode: '01',
  storeId: 's1',
  storeName: '人民路店',
  timeZone: 'Asia/Shanghai',
  deviceId: 'd1',
  refused: null,
};
const token = 'T'.repeat(43);

describe('pairing', () => {
  it('is absent until saved with its device token; a new pairing replaces the old one', () => {
    const storage = createMemoryStorage();
    expect(loadPairing(storage)).toBeNull();
    savePairing(storage, pairing, token);
    expect(storage.getItem(DEVICE_TOKEN_KEY)).toBe(token);
    expect(loadPairing(storage)).toEqual(pairing);
    const other = { ...pairing, registerId: 'r2', registerCode: '02', deviceId: 'd2' };
    savePairing(storage, other, 'U'.repeat(43));
    expect(loadPairing(storage)).toEqual(other);
    expect(storage.getItem(DEVICE_TOKEN_KEY)).toBe('U'.repeat(43));
  });

  it('needs the device token: a register picked by an older version is not paired', () => {
    const storage = createMemoryStorage({ 'kassa.registerId': 'r1' });
    expect(loadPairing(storage)).toBeNull();
    savePairing(storage, pairing, token);
    // The older version's keys go once the browser is paired.
    expect(storage.getItem('kassa.registerId')).toBeNull();
    storage.removeItem(DEVICE_TOKEN_KEY);
    expect(loadPairing(storage)).toBeNull();
  });

  it('remembers a refusal from the server until it is lifted, and the register’s new name', () => {
    const storage = createMemoryStorage();
    savePairing(storage, pairing, token);
    const disabled = noteDeviceState(storage, pairing, { refused: 'register_disabled' });
    expect(loadPairing(storage)).toMatchObject({ refused: 'register_disabled', registerName: '1号机' });
    noteDeviceState(storage, disabled, { refused: null, registerName: '前台' });
    expect(loadPairing(storage)).toMatchObject({ refused: null, registerName: '前台' });
  });
});
