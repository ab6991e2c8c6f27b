import type { AddressInfo } from 'node:net';
import { dirname } from 'node:path';
import { serve } from '@hono/node-server';
import { parseTimeOfDay } from '@kassa/core';
import { type KassaDatabase, migrateToLatest, openDatabase } from '@kassa/db';
import pino, { type Logger } from 'pino';
import { startUnusualActivitySchedule } from './alerts/unusual-activity-schedule';
import { createApp } from './app';
import { DEFAULT_BACKUP_AT, startBackupSchedule } from './backups/backup-schedule';
import { backupsDirOf } from './backups/write-backup';
import { bootstrapFirstStart } from './bootstrap';
import { databaseConfigOf, type KassaConfig } from './config';
import { startOfflineAlertSchedule } from './devices/offline-alert-schedule';
import { createEventFeed } from './events/event-feed';
import type { KassaContext } from './kassa-context';
import { createQrPaymentServices } from './payments/qr-payment-services';
import { systemRandom } from './random-pool';
import { keepRunningTotals, startRunningTotalsSchedule } from './reports/keep-running-totals';
import { ensureRollups } from './reports/rebuild-rollups';
import { SERVER_VERSION } from './version';

/** A running Kassa server. */
export type RunningKassa = {
  /** `http://host:port` to reach it (127.0.0.1 when listening on every interface). */
  readonly url: string;
  readonly port: number;
  /** Stops accepting connections, then closes the database. */
  close(): Promise<void>;
  /** The owner password generated on the first start, to be shown once; null otherwise. */
  readonly ownerPasswordGenerated: string | null;
  readonly db: KassaDatabase;
  /** The server's own use-case context (its database, clock and randomness), for seeding and tools. */
  readonly context: KassaContext;
  readonly logger: Logger;
};

/**
 * The composition root: config → database (opened and migrated) → first-start bootstrap → app →
 * listening HTTP server. Everything is passed down from here; nothing below reads the environment.
 */
export async function startKassa(config: KassaConfig): Promise<RunningKassa> {
  const logger = pino({ level: config.logLevel ?? 'info', base: { app: 'kassa' } });
  const clock = config.clock ?? Date.now;
  const random = config.random ?? systemRandom;
  const where = databaseConfigOf(config);
  const backupAt = parseTimeOfDay(config.backupAt ?? DEFAULT_BACKUP_AT);
  if (backupAt === null)
    throw new RangeError(`backupAt must be HH:MM, got ${JSON.stringify(config.backupAt)}`);
  const db = await openDatabase(
    where.kind === 'sqlite'
      ? {
          ...where,
          backgroundCheckpoints: { onError: (message) => logger.warn({ message }, 'WAL checkpoint failed') },
        }
      : where,
  );
  try {
    await migrateToLatest(db.db);
    const context: KassaContext = { db: db.db, clock, random };
    if (await ensureRollups(context)) logger.info('report rollups rebuilt');
    const steps = await keepRunningTotals(context);
    if (steps > 1) logger.info({ steps }, 'product running totals kept');
    const boot = await bootstrapFirstStart(context, { ownerPassword: config.ownerPassword });
    await config.prepare?.(context);
    const qrPayments = createQrPaymentServices(context, {
      onError: (error) => logger.warn({ err: error }, 'QR payment follow-up failed; retrying later'),
    });
    // Payments a stopped server left waiting on the gateway are followed up first.
    await qrPayments.driver.resumeAll();
    const events = createEventFeed(context, {
      onError: (err) => logger.warn({ err }, 'event feed read failed; retrying'),
    });
    const app = createApp({
      events,
      qrPayments,
      db: db.db,
      clock,
      random,
      logger,
      version: SERVER_VERSION,
      webRoot: config.webRoot,
      publicUrl: config.publicUrl,
    });
    const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host });
    const port = await new Promise<number>((done, fail) => {
      server.once('listening', () => done((server.address() as AddressInfo).port));
      server.once('error', fail);
    });
    const backups =
      where.kind === 'sqlite' && config.backups !== 'off'
        ? await startBackupSchedule({
            databaseFile: where.file,
            backupsDir: backupsDirOf(dirname(where.file)),
            at: backupAt,
            // The machine's clock and calendar: what the person who set KASSA_BACKUP_AT reads.
            timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
            clock,
            log: logger,
          })
        : undefined;
    // Registers offline longer than their store allows alert the owner (on either database).
    const offlineAlerts = startOfflineAlertSchedule({ ctx: context, log: logger });
    // Cashiers with unusually many refunds, voids or no-sales alert the owner (ADR 0011).
    const unusualActivity = startUnusualActivitySchedule({ ctx: context, log: logger });
    // By-product reports over long ranges read the running totals (ADR 0013).
    const runningTotals = startRunningTotalsSchedule({ ctx: context, log: logger });
    const host = config.host === '0.0.0.0' || config.host === '::' ? '127.0.0.1' : config.host;
    const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
    logger.info({ url, database: db.dialect, created: boot.created }, 'kassa ready');
    return {
      url,
      port,
      ownerPasswordGenerated: boot.ownerPasswordGenerated,
      db,
      context,
      logger,
      close: async () => {
        // Live streams end first: the server waits for its open connections to close.
        events.close();
        await new Promise<void>((done) => server.close(() => done()));
        await backups?.stop();
        await offlineAlerts.stop();
        await unusualActivity.stop();
        await runningTotals.stop();
        await qrPayments.close();
        await db.close();
      },
    };
  } catch (error) {
    await db.close();
    throw error;
  }
}
