import { join, resolve } from 'node:path';
import { parseTimeOfDay } from '@kassa/core';
import type { DatabaseConfig } from '@kassa/db';
import type { KassaContext } from './kassa-context';

/** How a Kassa server is started. */
export type KassaConfig = {
  /** Where the SQLite file (`kassa.db`) and other local data live. */
  readonly dataDir: string;
  /** 0 picks a free port. */
  readonly port: number;
  readonly host: string;
  /** `postgres://…` switches from the embedded SQLite file to PostgreSQL. */
  readonly databaseUrl?: string | undefined;
  /** The first start's owner password; generated (and returned once) when absent. */
  readonly ownerPassword?: string | undefined;
  /**
   * The address customers reach this server at (e.g. `https://pos.example.com`), printed on receipts
   * as the e-receipt link; without it receipts carry no link.
   */
  readonly publicUrl?: string | undefined;
  /** The built web app (PWA) to serve. */
  readonly webRoot?: string | undefined;
  /** pino level: 'fatal' … 'trace', or 'silent'. */
  readonly logLevel?: string | undefined;
  /** Epoch milliseconds now; the system clock by default. */
  readonly clock?: (() => number) | undefined;
  /** `n` cryptographically random bytes; node:crypto by default. */
  readonly random?: ((n: number) => Uint8Array) | undefined;
  /** The daily backup of the SQLite database into `<dataDir>/backups`: on by default. */
  readonly backups?: 'on' | 'off' | undefined;
  /** When the daily backup runs, 'HH:MM' on the machine's clock; 03:30 by default. */
  readonly backupAt?: string | undefined;
  /**
   * Runs on the migrated database before the server listens (e.g. seeding the demo store), so no
   * request ever sees it half done.
   */
  readonly prepare?: ((ctx: KassaContext) => Promise<void>) | undefined;
};

/** Defaults of a shop install: data in ./kassa-data, port 8080 on every interface. */
export const DEFAULT_CONFIG: KassaConfig = { dataDir: 'kassa-data', port: 8080, host: '0.0.0.0' };

/** A config as loaded, with where its data lives worked out (see {@link databaseConfigOf}). */
export type LoadedKassaConfig = KassaConfig & { readonly database: DatabaseConfig };

/** Where the data lives for a config: PostgreSQL when `databaseUrl` is set, else `<dataDir>/kassa.db`. */
export function databaseConfigOf(config: KassaConfig): DatabaseConfig {
  return config.databaseUrl !== undefined
    ? { kind: 'postgres', url: config.databaseUrl }
    : { kind: 'sqlite', file: join(resolve(config.dataDir), 'kassa.db') };
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value;
}

function backupsSwitch(value: string | undefined): 'on' | 'off' | undefined {
  if (value === undefined || value === 'on' || value === 'off') return value;
  throw new RangeError(`KASSA_BACKUP must be on or off, got ${JSON.stringify(value)}`);
}

function backupTime(value: string | undefined): string | undefined {
  if (value === undefined || parseTimeOfDay(value) !== null) return value;
  throw new RangeError(
    `KASSA_BACKUP_AT must be a time of day HH:MM such as 03:30, got ${JSON.stringify(value)}`,
  );
}

/**
 * The config from environment variables (`KASSA_DATA_DIR`, `KASSA_PORT`, `KASSA_DATABASE_URL`,
 * `KASSA_OWNER_PASSWORD`, `KASSA_HOST`, `KASSA_LOG_LEVEL`, `KASSA_WEB_ROOT`, `KASSA_PUBLIC_URL`,
 * `KASSA_BACKUP`, `KASSA_BACKUP_AT`), with `overrides` (e.g. command-line flags) winning over both
 * the environment and the defaults.
 * @throws RangeError for a port that is not an integer 0–65535, KASSA_BACKUP other than on/off, or
 *   KASSA_BACKUP_AT that is not HH:MM.
 */
export function loadConfigFromEnv(
  env: Readonly<Record<string, string | undefined>>,
  overrides: Partial<KassaConfig> = {},
): LoadedKassaConfig {
  const portText = nonEmpty(env.KASSA_PORT);
  const port = portText === undefined ? DEFAULT_CONFIG.port : Number(portText);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new RangeError(`KASSA_PORT must be a port number 0–65535, got ${JSON.stringify(portText)}`);
  }
  const fromEnv: KassaConfig = {
    dataDir: nonEmpty(env.KASSA_DATA_DIR) ?? DEFAULT_CONFIG.dataDir,
    port,
    host: nonEmpty(env.KASSA_HOST) ?? DEFAULT_CONFIG.host,
    databaseUrl: nonEmpty(env.KASSA_DATABASE_URL),
    ownerPassword: nonEmpty(env.KASSA_OWNER_PASSWORD),
    webRoot: nonEmpty(env.KASSA_WEB_ROOT),
    logLevel: nonEmpty(env.KASSA_LOG_LEVEL),
    publicUrl: nonEmpty(env.KASSA_PUBLIC_URL),
    backups: backupsSwitch(nonEmpty(env.KASSA_BACKUP)),
    backupAt: backupTime(nonEmpty(env.KASSA_BACKUP_AT)),
  };
  const publicUrl = fromEnv.publicUrl;
  if (publicUrl !== undefined && !/^https?:\/\/[^/\s]+/.test(publicUrl)) {
    throw new RangeError(
      `KASSA_PUBLIC_URL must be an http(s) address such as https://pos.example.com, got ${JSON.stringify(publicUrl)}`,
    );
  }
  const merged: Record<string, unknown> = { ...fromEnv };
  for (const [key, value] of Object.entries(overrides)) if (value !== undefined) merged[key] = value;
  const config = merged as KassaConfig;
  return { ...config, database: databaseConfigOf(config) };
}
