import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { addDays } from '@kassa/core';
import { migrateToLatest, openDatabase } from '@kassa/db';
import Database from 'better-sqlite3';
import { migrations } from '../packages/db/src/migrations';
import { setUpShop } from './report-shop';
import { seededRandom } from './seeded-random';
import { type HistoryCounts, type HistoryPlan, writeTradingHistory } from './trading-history';

/** Bump when the generated rows change: cached files of older versions are then rebuilt. */
const GENERATOR_VERSION = 1;
const SEED = 20261122;
export const OWNER_PASSWORD = 'report-bench-owner';
const ROOT = join(tmpdir(), 'kassa-bench-report');
const run = promisify(execFile);

/** What was measured when the file was built (kept beside it, printed again on cached runs). */
export type DatasetMeta = {
  readonly fingerprint: string;
  readonly builtAt: string;
  readonly plan: HistoryPlan;
  readonly lastDate: string;
  readonly counts: HistoryCounts;
  readonly generateMs: number;
  /** The last rebuild of the rollups over the whole history. */
  readonly rebuild: RollupRebuild;
};

export type RollupRebuild = {
  readonly at: string;
  readonly ms: number;
  readonly peakRssMb: number;
  readonly rollupRows: number;
  /** Keeping the product running totals after it (ADR 0013), as the server does next on start. */
  readonly runningMs: number;
  readonly runningRows: number;
};

export type ReportDataset = {
  readonly dataDir: string;
  readonly file: string;
  readonly meta: DatasetMeta;
  /** The history was generated in this run. */
  readonly generated: boolean;
  /** The rollups were rebuilt in this run. */
  readonly rebuilt: boolean;
};

/**
 * The report benchmark's data directory: two years of two stores' trading with `plan.lines` sale
 * lines, on Kassa's own migrations, with rollups built by the server's own `rebuildRollups`. Built
 * once per machine under the temp directory and reused while its fingerprint (generator version,
 * seed, the migration list, the plan) is the same; built in a side directory and renamed when
 * complete, so an interrupted build is never taken for a cached one. The rollups are rebuilt (and
 * timed) when built, when the server's `ROLLUPS_VERSION` moved on, or with `rebuild`.
 */
export async function reportDataset(
  plan: HistoryPlan,
  options: { rebuild: boolean },
): Promise<ReportDataset> {
  const fingerprint = createHash('sha256')
    .update(JSON.stringify({ GENERATOR_VERSION, SEED, migrations: Object.keys(migrations), plan }))
    .digest('hex')
    .slice(0, 12);
  const dataDir = join(ROOT, fingerprint);
  const file = join(dataDir, 'kassa.db');
  const metaFile = join(dataDir, 'meta.json');
  if (existsSync(metaFile)) {
    const meta = JSON.parse(readFileSync(metaFile, 'utf8')) as DatasetMeta;
    const rebuild = await timedRebuild(file, options.rebuild);
    if (!rebuild) return { dataDir, file, meta, generated: false, rebuilt: false };
    const updated = { ...meta, rebuild };
    writeFileSync(metaFile, `${JSON.stringify(updated, null, 2)}\n`);
    return { dataDir, file, meta: updated, generated: false, rebuilt: true };
  }
  removeStale(plan);
  const building = join(ROOT, `${fingerprint}.building-${process.pid}`);
  mkdirSync(building, { recursive: true });
  try {
    const meta = await build(join(building, 'kassa.db'), plan, fingerprint);
    writeFileSync(join(building, 'meta.json'), `${JSON.stringify(meta, null, 2)}\n`);
    renameSync(building, dataDir);
    return { dataDir, file, meta, generated: true, rebuilt: true };
  } catch (error) {
    rmSync(building, { recursive: true, force: true });
    throw error;
  }
}

/** Older builds of the same size (another fingerprint) and builds left by processes that died. */
function removeStale(plan: HistoryPlan): void {
  if (!existsSync(ROOT)) return;
  for (const name of readdirSync(ROOT)) {
    const dir = join(ROOT, name);
    const pid = /\.building-(\d+)$/.exec(name)?.[1];
    const stale = pid ? !isRunning(Number(pid)) : sameSize(join(dir, 'meta.json'), plan);
    if (stale) {
      console.log(`  removing stale report data ${dir}`);
      rmSync(dir, { recursive: true, force: true });
    }
  }
}

function sameSize(metaFile: string, plan: HistoryPlan): boolean {
  if (!existsSync(metaFile)) return false;
  return (JSON.parse(readFileSync(metaFile, 'utf8')) as DatasetMeta).plan.lines === plan.lines;
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function build(file: string, plan: HistoryPlan, fingerprint: string): Promise<DatasetMeta> {
  const random = seededRandom(SEED);
  const started = performance.now();
  const kassa = await openDatabase({ kind: 'sqlite', file });
  const shop = await (async () => {
    try {
      await migrateToLatest(kassa.db);
      const createdAt = Date.parse(`${plan.firstDate}T00:00:00Z`) - 30 * 86_400_000;
      return await setUpShop(kassa, { ownerPassword: OWNER_PASSWORD, productCount: 5000, createdAt }, random);
    } finally {
      await kassa.close();
    }
  })();
  const counts = writeRaw(file, (db) =>
    writeTradingHistory(db, shop, plan, random, (day, so) => {
      if (day % 73 === 0 || day === plan.days) {
        const seconds = ((performance.now() - started) / 1000).toFixed(0);
        console.log(`  day ${day}/${plan.days}: ${so.sales} sales, ${so.lines} lines (${seconds} s)`);
      }
    }),
  );
  const generateMs = performance.now() - started;
  console.log(
    `  generated ${counts.lines} sale lines in ${(generateMs / 1000).toFixed(1)} s; rebuilding rollups…`,
  );
  const rebuild = (await timedRebuild(file, true)) as RollupRebuild;
  return {
    fingerprint,
    builtAt: new Date().toISOString(),
    plan,
    lastDate: addDays(plan.firstDate, plan.days - 1),
    counts,
    generateMs,
    rebuild,
  };
}

/**
 * Bulk writes on a raw connection without a journal or syncs (the file is thrown away if this
 * fails), and without foreign-key checks (the generator only refers to rows it wrote); the file is
 * left in WAL mode as the server keeps it.
 */
function writeRaw<T>(file: string, write: (db: Database.Database) => T): T {
  const db = new Database(file);
  try {
    db.pragma('journal_mode = OFF');
    db.pragma('synchronous = OFF');
    db.pragma('foreign_keys = OFF');
    db.pragma('cache_size = -524288');
    db.pragma('temp_store = MEMORY');
    const result = write(db);
    db.pragma('journal_mode = WAL');
    return result;
  } finally {
    db.close();
  }
}

/**
 * The server's own rebuild of every rollup row (`rebuild-probe.ts`, in a process of its own so its
 * peak memory is the rebuild's alone): always with `force`, else only when the rollups' version is
 * behind, as the server would do on start before it listens. Null when nothing was rebuilt.
 */
async function timedRebuild(file: string, force: boolean): Promise<RollupRebuild | null> {
  const probe = join(import.meta.dirname, 'rebuild-probe.ts');
  const { stdout } = await run(process.execPath, [
    '--import',
    'tsx',
    probe,
    file,
    force ? 'force' : 'ensure',
  ]);
  const result = JSON.parse(stdout.trim().split('\n').at(-1) ?? '') as Omit<RollupRebuild, 'at'> & {
    rebuilt: boolean;
  };
  if (!result.rebuilt) return null;
  return {
    at: new Date().toISOString(),
    ms: result.ms,
    peakRssMb: result.peakRssMb,
    rollupRows: result.rollupRows,
    runningMs: result.runningMs,
    runningRows: result.runningRows,
  };
}
