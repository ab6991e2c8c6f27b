import type { RegisterDevice, RegisterStatus } from '@kassa/api';

/** How long something has lasted, in the largest whole unit a person takes in at a glance. */
export type Elapsed = { readonly unit: 'minutes' | 'hours' | 'days'; readonly n: number };

const MINUTE = 60_000;

/** 59 min → 59 minutes; 3 h 20 → 3 hours; 2 days and more → days (47 h still reads as hours). */
export function elapsed(ms: number): Elapsed {
  const minutes = Math.max(0, Math.floor(ms / MINUTE));
  if (minutes < 60) return { unit: 'minutes', n: minutes };
  const hours = Math.floor(minutes / 60);
  return hours < 48 ? { unit: 'hours', n: hours } : { unit: 'days', n: Math.floor(hours / 24) };
}

/** The badge a register gets in the device list. */
export type StatusBadge = {
  readonly status: RegisterStatus;
  /** Offline since how long (offline only). */
  readonly offlineFor: Elapsed | null;
  /** Offline longer than the store's limit: the owner was (or is about to be) alerted. */
  readonly overdue: boolean;
};

/** 在线 / 离线 N 分钟 / 未配对 / 已停用, from what the server listed at `now` (its clock). */
export function statusBadge(item: RegisterDevice, now: number, offlineAlertHours: number): StatusBadge {
  if (item.status !== 'offline' || !item.device)
    return { status: item.status, offlineFor: null, overdue: false };
  const gone = now - item.device.lastSeenAt;
  return { status: 'offline', offlineFor: elapsed(gone), overdue: gone > offlineAlertHours * 60 * MINUTE };
}

/** The register's device that can be revoked (paired and not revoked), if any. */
export function liveDevice(item: RegisterDevice): NonNullable<RegisterDevice['device']> | null {
  return item.device && item.device.revokedAt === null ? item.device : null;
}

const BROWSERS: ReadonlyArray<readonly [RegExp, string]> = [
  [/MicroMessenger/, 'WeChat'],
  [/Edg\//, 'Edge'],
  [/Firefox\//, 'Firefox'],
  [/Chrome\//, 'Chrome'],
  [/Safari\//, 'Safari'],
];
const SYSTEMS: ReadonlyArray<readonly [RegExp, string]> = [
  [/HarmonyOS/, 'HarmonyOS'],
  [/Android/, 'Android'],
  [/iPhone|iPad/, 'iOS'],
  [/Windows/, 'Windows'],
  [/Mac OS X/, 'macOS'],
  [/Linux/, 'Linux'],
];

/**
 * A device's user agent as a person reads it: 'Chrome · Android'. The first match of each list wins
 * (Edge and WeChat also say Chrome; Android also says Linux). Unknown: the user agent as it is.
 */
export function deviceLabel(userAgent: string): string {
  const browser = BROWSERS.find(([pattern]) => pattern.test(userAgent))?.[1];
  const system = SYSTEMS.find(([pattern]) => pattern.test(userAgent))?.[1];
  return browser && system ? `${browser} · ${system}` : (browser ?? system ?? userAgent);
}
