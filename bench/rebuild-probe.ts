import { openDatabase } from '@kassa/db';
import { ensureRollups, rebuildRollups } from '../packages/server/src/reports/rebuild-rollups';

/**
 * Run by `timeRollupRebuild` in a process of its own, so its peak memory is the rebuild's alone:
 * `node --import tsx bench/rebuild-probe.ts <kassa.db> <force|ensure>`. Rebuilds the rollups with
 * the server's own code on the server's connection settings and prints one JSON line: whether it
 * rebuilt, the milliseconds, the peak RSS and the rollup rows.
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
  const { rows } = await kassa.db
    .selectFrom('sales_rollups')
    .select((eb) => eb.fn.countAll<number>().as('rows'))
    .executeTakeFirstOrThrow();
  // maxRSS is in KiB: the high-water mark of the whole process, which did nothing else.
  const peakRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
  console.log(JSON.stringify({ rebuilt, ms, peakRssMb, rollupRows: Number(rows) }));
} finally {
  await kassa.close();
}
