import { benchCatalogColdLoad } from './catalog-cold-load.bench';
import { benchColdStart } from './cold-start.bench';
import { benchFirstLoad } from './first-load.bench';
import { benchImport } from './import.bench';
import { benchOutboxReplay } from './outbox-replay.bench';
import { benchReport } from './report.bench';
import { type Figures, writeResults } from './results';
import { benchSaleCommit } from './sale-commit.bench';
import { benchScanToLine } from './scan-to-line.bench';

/** `npm run bench`: every benchmark, each printing its figures against a baseline from the same run. */
const benches: Record<string, () => Promise<Figures>> = {
  'first-load': benchFirstLoad,
  'cold-start': benchColdStart,
  'sale-commit': benchSaleCommit,
  'scan-to-line': benchScanToLine,
  'catalog-cold-load': benchCatalogColdLoad,
  'outbox-replay': benchOutboxReplay,
  report: benchReport,
  import: benchImport,
};

const figures: Figures = {};
const only = process.argv[2];
for (const [name, bench] of Object.entries(benches)) {
  if (only && only !== name) continue;
  console.log(`\n▶ ${name}`);
  Object.assign(figures, await bench());
}
console.log(`\nwrote ${writeResults(figures)}`);
