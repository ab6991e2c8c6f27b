import { describe, expect, it } from 'vitest';
import { decodeSyncCursor, encodeSyncCursor, type SyncPosition } from './sync-cursor';

const STORE = '01890a5d-ac96-774b-bcce-b302099a8057';
const PRODUCT = '01890a5d-ac96-774b-bcce-b302099a8058';
const base64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

describe('the sync cursor', () => {
  it('reads back the position it was made from', () => {
    const positions: SyncPosition[] = [
      { kind: 'delta', storeId: STORE, seq: 0 },
      { kind: 'delta', storeId: STORE, seq: 9_007_199_254_740_991 },
      { kind: 'snapshot', storeId: STORE, seq: 42, afterId: PRODUCT },
    ];
    for (const position of positions) {
      const cursor = encodeSyncCursor(position);
      expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
      expect(cursor.length).toBeLessThanOrEqual(256);
      expect(decodeSyncCursor(cursor)).toEqual(position);
    }
  });

  it('refuses anything it did not make, never throwing', () => {
    for (const cursor of [
      '',
      'not a cursor',
      'e30',
      base64(null),
      base64([1, 2]),
      base64({ v: 2, s: STORE, q: 1 }),
      base64({ v: 1, s: 'S01', q: 1 }),
      base64({ v: 1, s: STORE, q: -1 }),
      base64({ v: 1, s: STORE, q: 1.5 }),
      base64({ v: 1, s: STORE, q: '1' }),
      base64({ v: 1, s: STORE, q: 2 ** 53 }),
      base64({ v: 1, s: STORE, q: 1, a: 'x\u0000' }),
      base64({ v: 1, s: STORE, q: 1, a: 7 }),
      `${encodeSyncCursor({ kind: 'delta', storeId: STORE, seq: 1 })}=`,
      Buffer.from('{"v":1,').toString('base64url'),
    ]) {
      expect(decodeSyncCursor(cursor), cursor).toBeNull();
    }
  });
});
