import { openDatabase } from '@kassa/db';
import { keepRunningTotals } from '../packages/server/src/reports/keep-running-totals';
import { ensureRollups, rebuildRollups } from '../packages/server/src/reports/rebuild-rollups';

/**
 * Run by `timeRollupRebuild` in a process of its own, so its peak memory is the rebuild's alone:
 * `node --import tsx bench/rebuild-probe.ts <kassa.db> <force|ensure>`. Rebuilds the rollups with
 * the server's own code on the server's connection settings and prints one JSON line: whether it
 * rebuilt, the milliseconds, the peak RSS and the rollup rows; then, as the server does next on
 * start, keeps the product running totals (ADR 0013) and prints their milliseconds and rows too.
 */
const [file, mode] = process.argv.slice(2);
if (!file || (mode !== 'force' && mode !== 'ensure'))
  throw new Error('usage: rebuild-probe.ts <file> <force|ensure>');
const kassa = await openDatabase({ kind: 'sqlite', file });
try {
  const started = performance.now();
  let rebuilt = true;
  if (mode === 'force') await rebuildRollups({ db: kassa.db });
  else rebuilt = await ensureRollups({ db: kassa.db });
  const ms = performance.now() - started;
  const runningStarted = performance.now();
  await keepRunningTotals({ db: kassa.db, clock: Date.now });
  const runningMs = performance.now() - runningStarted;
  const count = async (table: 'sales_rollups' | 'product_running_totals') => {
    const { rows } = await kassa.db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number>().as('rows'))
      .executeTakeFirstOrThrow();
    return Number(rows);
  };
  // maxRSS is in KiB: the high-water mark of the whole process, which did nothing else.
  const peakRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
  const [rollupRows, runningRows] = [await count('sales_rollups'), await count('product_running_totals')];
  console.log(JSON.stringify({ rebuilt, ms, peakRssMb, rollupRows, runningMs, runningRows }));
} finally {
  await kassa.close();
}
