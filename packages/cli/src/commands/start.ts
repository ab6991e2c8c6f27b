import { resolve } from 'node:path';
import type { DatabaseConfig } from '@kassa/db';
import {
  databaseConfigOf,
  type LoadedKassaConfig,
  loadConfigFromEnv,
  type RunningKassa,
  startKassa,
} from '@kassa/server';
import type { CliIo } from '../cli-io';
import { DEMO_STAFF } from '../demo/demo-store';
import { type DemoSeedReport, seedDemoIfEmpty } from '../demo/seed-demo';
import { lanIpv4Addresses } from '../lan-addresses';
import { parseFlags, parsePort } from '../parse-flags';
import { formatStartBanner } from '../start-banner';
import { UsageError } from '../usage-error';
import { resolveWebRoot } from '../web-root';

export const START_HELP = `Usage: kassa start [--port N] [--host H] [--data-dir DIR] [--demo]

启动 Kassa 服务 (收银台、后台和手机端) / Start the Kassa server (registers, back office, owner phone).

  --port N        listen on port N (1–65535); default KASSA_PORT or 8080
  --host H        listen on address H; default KASSA_HOST or 0.0.0.0 (every interface)
  --data-dir DIR  where the SQLite database lives; default KASSA_DATA_DIR or ./kassa-data
  --demo          fill an empty database with the demo shop (products, staff, 30 days of sales)
  -h, --help      show this help

Environment: KASSA_DATABASE_URL=postgres://… uses PostgreSQL instead of SQLite;
KASSA_OWNER_PASSWORD sets the owner's password on the first start (else one is generated and shown once).`;

/** How to start, after flags and environment are merged (flags win). */
export type StartOptions = {
  readonly port: number;
  readonly host: string;
  readonly dataDir: string;
  readonly demo: boolean;
};

const FLAGS = {
  port: { type: 'string' },
  host: { type: 'string' },
  'data-dir': { type: 'string' },
  demo: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** Reads the start flags over the environment. @throws UsageError on a bad flag or value. */
function parseStartOptions(args: readonly string[], env: CliIo['env']): StartOptions {
  const flags = parseFlags(args, FLAGS);
  const port =
    flags.port !== undefined
      ? parsePort(flags.port, '--port')
      : env.KASSA_PORT?.trim()
        ? parsePort(env.KASSA_PORT, 'KASSA_PORT')
        : 8080;
  // Port 0 (any free port) is for tests, which call launchKassa directly; an operator needs a known port.
  if (port === 0) throw new UsageError('the port must be 1–65535 / 端口号必须是 1–65535, got 0');
  // An empty variable counts as unset, as in the server's config.
  const host = (flags.host ?? (env.KASSA_HOST?.trim() || '0.0.0.0')).trim();
  if (host === '') throw new UsageError('--host must not be empty / --host 不能为空');
  const dataDir = flags['data-dir'] ?? (env.KASSA_DATA_DIR?.trim() || './kassa-data');
  if (dataDir.trim() === '') throw new UsageError('--data-dir must not be empty / --data-dir 不能为空');
  return { port, host, dataDir: resolve(dataDir), demo: flags.demo ?? false };
}

/** A running Kassa as `kassa start` made it. */
export type LaunchedKassa = {
  readonly kassa: RunningKassa;
  readonly demo: DemoSeedReport | null;
  readonly banner: string;
};

/**
 * Starts the server, seeds the demo when asked, and composes the banner. No signal handling: that
 * is {@link startCommand}'s, so tests can run this in-process and close it themselves.
 */
export async function launchKassa(options: StartOptions, io: CliIo): Promise<LaunchedKassa> {
  const web = resolveWebRoot();
  // KASSA_PORT was read (and checked) by parseStartOptions: options.port is the one to use.
  let config: LoadedKassaConfig;
  try {
    config = loadConfigFromEnv(
      { ...io.env, KASSA_PORT: undefined },
      {
        port: options.port,
        host: options.host,
        dataDir: options.dataDir,
        // KASSA_WEB_ROOT (read by the server's config) points elsewhere when set; serve nothing unbuilt.
        webRoot: io.env.KASSA_WEB_ROOT || !web.built ? undefined : web.path,
      },
    );
  } catch (error) {
    // A bad KASSA_ variable (KASSA_BACKUP_AT=25:00) is the operator's to fix: say which, no stack trace.
    if (error instanceof RangeError) throw new UsageError(error.message);
    throw error;
  }
  let demo: DemoSeedReport | null = null;
  if (options.demo) io.out('正在准备演示数据… / Preparing the demo store…');
  // Seeded before the server listens: no client can race the seeder (on PostgreSQL a shift opened
  // meanwhile deadlocked with it).
  const kassa = await startKassa({
    ...config,
    ...(options.demo
      ? {
          prepare: async (ctx) => {
            demo = await seedDemoIfEmpty({ db: ctx.db, clock: ctx.clock, random: ctx.random });
          },
        }
      : {}),
  });
  if (demo) io.out(describeDemo(demo));
  const banner = formatStartBanner({
    port: kassa.port,
    host: options.host,
    lanAddresses: lanIpv4Addresses(),
    storage: describeStorage(databaseConfigOf(config)),
    ownerUsername: 'owner',
    generatedOwnerPassword: kassa.ownerPasswordGenerated,
    ownerPasswordFromEnv: Boolean(io.env.KASSA_OWNER_PASSWORD?.trim()),
    demoStaff: options.demo ? DEMO_STAFF : null,
    webWarning:
      web.built || io.env.KASSA_WEB_ROOT
        ? null
        : `网页端未构建 / the web app is not built (${web.path}): run npm run build`,
  });
  return { kassa, demo, banner };
}

/** `kassa start`: runs until SIGINT/SIGTERM, then closes the server and the database cleanly. */
export async function startCommand(args: readonly string[], io: CliIo): Promise<number> {
  const options = parseStartOptions(args, io.env);
  let launched: LaunchedKassa;
  try {
    launched = await launchKassa(options, io);
  } catch (error) {
    if (isErrnoException(error) && (error.code === 'EADDRINUSE' || error.code === 'EACCES')) {
      const why =
        error.code === 'EADDRINUSE' ? '端口已被占用 / is already in use' : '无权限使用 / is not allowed';
      io.err(`kassa start: port ${options.port} ${why}; choose another with --port / 请用 --port 换一个端口`);
      return 1;
    }
    throw error;
  }
  io.out(launched.banner);
  const signal = await new Promise<NodeJS.Signals>((done) => {
    process.once('SIGINT', () => done('SIGINT'));
    process.once('SIGTERM', () => done('SIGTERM'));
  });
  io.out(`正在停止… / Stopping (${signal})…`);
  // A second Ctrl+C while closing means "now": skip the clean shutdown.
  process.once('SIGINT', () => process.exit(130));
  await launched.kassa.close();
  io.out('Kassa 已停止 / Kassa stopped');
  return 0;
}

function isErrnoException(error: unknown): error is NodeJS.ErrnoException {
  return error instanceof Error && typeof (error as NodeJS.ErrnoException).code === 'string';
}

function describeDemo(report: DemoSeedReport): string {
  if (!report.seeded) return '演示数据已存在，未重复生成 / The demo store is already there: nothing added';
  return (
    `演示数据已生成 / Demo store ready: ${report.products} products (${report.weighedProducts} weighed), ` +
    `${report.categories} categories, ${report.staff} staff, ${report.sales} sales over ${report.days} days ` +
    `(${(report.ms / 1000).toFixed(1)} s)`
  );
}

function describeStorage(database: DatabaseConfig): string {
  if (database.kind === 'sqlite') return `SQLite ${database.file}`;
  // Never print the password of a connection URL.
  return `PostgreSQL ${database.url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@')}`;
}
