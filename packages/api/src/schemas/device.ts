import { z } from 'zod';
import { EpochMs, Text, Uuid } from './common';
import { Register, Store } from './store';

/** The header a paired register sends its device token in, on every request. */
export const DEVICE_HEADER = 'X-Kassa-Device';
/** The header the web app sends its version in, so the back office shows what each register runs. */
export const APP_VERSION_HEADER = 'X-Kassa-Version';

/** How long after its last request or heartbeat a device still counts as online. */
export const ONLINE_WINDOW_MS = 2 * 60 * 1000;

/** How long a pairing code can be redeemed after it was created. */
export const PAIRING_CODE_TTL_MS = 15 * 60 * 1000;

export const DeviceParams = z.strictObject({ deviceId: Uuid });

/** A new register of a store; without a code it takes the next free number ('03' after '01', '02'). */
export const CreateRegisterBody = z.strictObject({
  name: Text(1, 40),
  code: z
    .string()
    .regex(/^[0-9A-Za-z]{1,4}$/, '1 to 4 letters or digits (it goes into receipt numbers)')
    .optional(),
});

/** Rename a register, or disable / enable it. */
export const UpdateRegisterBody = z
  .strictObject({ name: Text(1, 40).optional(), active: z.boolean().optional() })
  .refine((body) => body.name !== undefined || body.active !== undefined, 'nothing to change');

/** A one-time pairing code (配对码): 8 digits, shown once, valid for 15 minutes. */
export const PairingCode = z
  .object({ registerId: Uuid, code: z.string().regex(/^\d{8}$/), expiresAt: EpochMs })
  .meta({ id: 'PairingCode' });

/** The register types the code as shown (`1234 5678`) or run together; spaces and dashes are dropped. */
export const PairBody = z.strictObject({
  code: z
    .string()
    .max(32)
    .transform((code) => code.replace(/[\s-]/g, ''))
    .pipe(z.string().regex(/^\d{8}$/, 'a pairing code is 8 digits')),
  /** What the device is; its user agent by default. */
  name: Text(1, 200).optional(),
});

export const Device = z
  .object({
    id: Uuid,
    registerId: Uuid,
    /** What the device said it is (its user agent). */
    name: z.string(),
    pairedAt: EpochMs,
    pairedBy: Uuid,
    /** Its last request or heartbeat. */
    lastSeenAt: EpochMs,
    /** The web app version it last reported. */
    appVersion: z.string().nullable(),
    /** Its outbox as of the last heartbeat: sales waiting to be uploaded, and since when. */
    outbox: z.object({ pending: z.int().min(0), oldestPendingAt: EpochMs.nullable() }),
    revokedAt: EpochMs.nullable(),
    revokedBy: Uuid.nullable(),
  })
  .meta({ id: 'Device' });

/** What redeeming a code gives the device: its token (shown this once), and where it now belongs. */
export const PairedDevice = z
  .object({ token: z.string(), device: Device, store: Store, register: Register })
  .meta({ id: 'PairedDevice' });

/**
 * A register as the device list shows it: disabled; unpaired (no device, or its last one revoked);
 * online (its device seen within the last 2 minutes); else offline.
 */
export const RegisterStatus = z.enum(['online', 'offline', 'unpaired', 'disabled']);

export const RegisterDevice = z.object({
  register: Register,
  status: RegisterStatus,
  /** Its current device, else the last one it had (revoked); null when never paired. */
  device: Device.nullable(),
});

export const StoreDevices = z
  .object({
    /** The server's clock, for "offline for N minutes". */
    now: EpochMs,
    onlineWindowMs: z.int(),
    /** After this many hours offline a register alerts the owner. */
    offlineAlertHours: z.int(),
    items: z.array(RegisterDevice),
  })
  .meta({ id: 'StoreDevices' });

/** A register's outbox, reported every minute by its device. */
export const HeartbeatBody = z.strictObject({
  pending: z.int().min(0).max(100_000_000),
  oldestPendingAt: EpochMs.nullable(),
});

export const HeartbeatAnswer = z.object({
  deviceId: Uuid,
  registerId: Uuid,
  /** Its name now (it may have been renamed in the back office). */
  registerName: z.string(),
  /** False once the register was disabled in the back office. */
  registerActive: z.boolean(),
});

export type Device = z.infer<typeof Device>;
export type PairedDevice = z.infer<typeof PairedDevice>;
export type PairingCode = z.infer<typeof PairingCode>;
export type RegisterStatus = z.infer<typeof RegisterStatus>;
export type RegisterDevice = z.infer<typeof RegisterDevice>;
export type StoreDevices = z.infer<typeof StoreDevices>;
export type HeartbeatAnswer = z.infer<typeof HeartbeatAnswer>;
