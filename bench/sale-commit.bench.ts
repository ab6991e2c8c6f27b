import { startKassaProcess } from '../packages/cli/src/testing/kassa-process';
import { measureRawSaleLimit } from './raw-sale-writer';
import type { Figures } from './results';
import { openTill, runSaleLoad } from './sale-load';
import { round } from './stats';

const CLIENTS = 16;
const SECONDS = Number(process.env.KASSA_BENCH_SECONDS ?? 10);
const PASSWORD = 'bench-owner-password';

/**
 * DESIGN §7: sale commits through the HTTP API with 16 concurrent registers posting 5-line sales,
 * against the raw SQLite limit measured in the same run. Budget: ratio ≥ 0.30, p99 ≤ 25 ms.
 */
export async function benchSaleCommit(): Promise<Figures> {
  const kassa = await startKassaProcess({ port: 18190, ownerPassword: PASSWORD, demo: true });
  let load: Awaited<ReturnType<typeof runSaleLoad>>;
  try {
    const till = await openTill(kassa.url, PASSWORD);
    await runSaleLoad(till, 4, 1); // warm up the JIT and the statement cache
    load = await runSaleLoad(till, CLIENTS, SECONDS);
  } finally {
    await kassa.stop();
  }
  const raw = await measureRawSaleLimit(SECONDS);
  const ratio = load.perSecond / raw.perSecond;
  console.log(
    [
      `sale commit, ${CLIENTS} concurrent clients, 5-line sales, ${SECONDS} s each`,
      `  HTTP API : ${load.perSecond.toFixed(0)} sales/s (${load.sales} sales, ${load.failures} failed), p50 ${load.p50.toFixed(2)} ms, p99 ${load.p99.toFixed(2)} ms`,
      `  raw limit: ${raw.perSecond.toFixed(0)} sales/s (same rows, prepared statements, in-process)`,
      `  ratio    : ${ratio.toFixed(2)} (budget ≥ 0.30)   p99 budget ≤ 25 ms`,
    ].join('\n'),
  );
  if (load.failures > 0) throw new Error(`${load.failures} sale posts failed during the benchmark`);
  return {
    'sale-commit.http': {
      value: round(load.perSecond, 1),
      unit: 'sales/s',
      baseline: round(raw.perSecond, 1),
    },
    'sale-commit.ratio': { value: round(ratio, 3), unit: 'ratio', baseline: 0.3 },
    'sale-commit.p50': { value: round(load.p50), unit: 'ms', baseline: null },
    'sale-commit.p99': { value: round(load.p99), unit: 'ms', baseline: 25 },
  };
}
