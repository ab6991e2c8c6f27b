import type { RegisterDevice } from '@kassa/api';
import { describe, expect, it } from 'vitest';
import { deviceLabel, elapsed, liveDevice, statusBadge } from './device-status';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const NOW = Date.UTC(2026, 10, 22, 2, 0, 0);

function item(
  status: RegisterDevice['status'],
  lastSeenAt: number,
  revokedAt: number | null = null,
): RegisterDevice {
  return {
    status,
    register: {
      id: 'r',
      storeId: 's',
      code: '01',
      name: '1号',
      active: status !== 'disabled',
      training: false,
      printer: null,
      handoverTimes: [],
      nextReceiptSeq: 1,
      nextTrainingSeq: 1,
    },
    device: {
      id: 'd',
      registerId: 'r',
      name: 'Chrome',
      pairedAt: lastSeenAt,
      pairedBy: 'u',
      lastSeenAt,
      appVersion: '0.1.0',
      outbox: { pending: 0, oldestPendingAt: null },
      revokedAt,
      revokedBy: null,
    },
  };
}

describe('device status', () => {
  it('reads elapsed time in minutes, then hours, then days from the second day on', () => {
    expect(elapsed(2 * MINUTE + 5_000)).toEqual({ unit: 'minutes', n: 2 });
    expect(elapsed(59 * MINUTE)).toEqual({ unit: 'minutes', n: 59 });
    expect(elapsed(60 * MINUTE)).toEqual({ unit: 'hours', n: 1 });
    expect(elapsed(47 * HOUR + 59 * MINUTE)).toEqual({ unit: 'hours', n: 47 });
    expect(elapsed(48 * HOUR)).toEqual({ unit: 'days', n: 2 });
  });

  it('says how long a register has been offline, and whether past the store’s limit', () => {
    expect(statusBadge(item('online', NOW - MINUTE), NOW, 24)).toEqual({
      status: 'online',
      offlineFor: null,
      overdue: false,
    });
    expect(statusBadge(item('offline', NOW - 5 * MINUTE), NOW, 24)).toEqual({
      status: 'offline',
      offlineFor: { unit: 'minutes', n: 5 },
      overdue: false,
    });
    expect(statusBadge(item('offline', NOW - 25 * HOUR), NOW, 24)).toMatchObject({ overdue: true });
    expect(statusBadge(item('offline', NOW - 25 * HOUR), NOW, 48)).toMatchObject({ overdue: false });
  });

  it('offers to revoke only a device that is not revoked yet', () => {
    expect(liveDevice(item('online', NOW))?.id).toBe('d');
    expect(liveDevice(item('unpaired', NOW, NOW))).toBeNull();
  });

  it('names a device by its browser and system, not its whole user agent', () => {
    const android =
      'Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Mobile Safari/537.36';
    expect(deviceLabel(android)).toBe('Chrome · Android');
    const wechat =
      'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 MicroMessenger/8.0';
    expect(deviceLabel(wechat)).toBe('WeChat · iOS');
    expect(
      deviceLabel('Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/131.0 Safari/537.36 Edg/131.0'),
    ).toBe('Edge · Windows');
    expect(deviceLabel('curl/8.0')).toBe('curl/8.0');
  });
});
