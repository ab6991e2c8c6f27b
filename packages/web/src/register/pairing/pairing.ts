import type { PairedDevice } from '@kassa/api';
import { loadDeviceToken, saveDeviceToken } from '../../shared/device/device-token';
import { type KeyValueStorage, readJson, writeJson } from '../../shared/storage';
import type { Enrolment } from '../enrol/enrolment';

/** Why the server no longer takes this device as its register. */
export type DeviceRefusal = 'device_revoked' | 'device_not_paired' | 'register_disabled';

const REFUSALS: readonly string[] = ['device_revoked', 'device_not_paired', 'register_disabled'];

/** True for the error codes that mean "this browser is not (or no longer) a working register". */
export function isDeviceRefusal(code: string): code is DeviceRefusal {
  return REFUSALS.includes(code);
}

/** What pairing left in this browser: the register it is, its store, and its device. */
export type Pairing = Enrolment & {
  readonly storeId: string;
  readonly registerName: string;
  readonly storeName: string;
  readonly registerCode: string;
  /** The store's time zone, for showing times when the server is out of reach. */
  readonly timeZone: string;
  readonly deviceId: string;
  /** Why the server refuses this device, as it last said; null while it works. */
  readonly refused: DeviceRefusal | null;
};

const PAIRING_KEY = 'kassa.pairing';
/** What an older version kept (a register picked without pairing): dropped once paired. */
const LEGACY_KEYS = ['kassa.registerId', 'kassa.registerInfo'];

function isPairing(value: unknown): value is Pairing {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  const texts = [
    'registerId',
    'storeId',
    'registerName',
    'storeName',
    'registerCode',
    'timeZone',
    'deviceId',
  ];
  return (
    texts.every((key) => typeof record[key] === 'string') &&
    (record.refused === null || (typeof record.refused === 'string' && isDeviceRefusal(record.refused)))
  );
}

/** This browser's pairing, or null when it is not paired (no device token, or nothing readable). */
export function loadPairing(storage: KeyValueStorage): Pairing | null {
  const pairing = readJson(storage, PAIRING_KEY);
  return loadDeviceToken(storage) !== null && isPairing(pairing) ? pairing : null;
}

/** Keeps a new pairing and its device token (shown this once by the server). */
export function savePairing(storage: KeyValueStorage, pairing: Pairing, token: string): void {
  saveDeviceToken(storage, token);
  writeJson(storage, PAIRING_KEY, pairing);
  for (const key of LEGACY_KEYS) storage.removeItem(key);
}

/** What the server last said about this device: a refusal (null: it works), and the register's name. */
export type DeviceState = { readonly refused: DeviceRefusal | null; readonly registerName?: string };

/** Keeps what the server said about this device (a refusal, a register renamed in the back office). */
export function noteDeviceState(storage: KeyValueStorage, pairing: Pairing, state: DeviceState): Pairing {
  const registerName = state.registerName || pairing.registerName;
  if (pairing.refused === state.refused && pairing.registerName === registerName) return pairing;
  const next = { ...pairing, refused: state.refused, registerName };
  writeJson(storage, PAIRING_KEY, next);
  return next;
}

/** The pairing the server's answer to a redeemed code describes. */
export function pairingOf(paired: PairedDevice): Pairing {
  return {
    registerId: paired.register.id,
    registerName: paired.register.name,
    registerCode: paired.register.code,
    storeId: paired.store.id,
    storeName: paired.store.name,
    timeZone: paired.store.timeZone,
    deviceId: paired.device.id,
    refused: null,
  };
}
