import { existsSync } from 'node:fs';
import {
  createProductRepository,
  createStockLocationRepository,
  createStockRepository,
  createStoreRepository,
  type LedgerDifference,
  openDatabase,
  readMigrationStatus,
} from '@kassa/db';
import type { CliIo } from '../cli-io';
import { parseFlags } from '../parse-flags';
import { dataLocationOf } from './data-location';

export const STOCK_REBUILD_HELP = `Usage: kassa stock rebuild [--check] [--data-dir DIR]

重算库存 / Rebuild stock on hand from the stock ledger (库存流水): every level (a product at a
stock location) is set to the sum of its movements. Prints each level that differed, with what it
said and what the ledger says. Safe while the server runs: stock movements wait until it is done.

  --check         only report the differences, change nothing; exits with 1 when there are any
  --data-dir DIR  where the SQLite database lives; default KASSA_DATA_DIR or ./kassa-data
  -h, --help      show this help

With KASSA_DATABASE_URL set, the PostgreSQL database is used instead.`;

const FLAGS = {
  check: { type: 'boolean' },
  'data-dir': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** `kassa stock rebuild`: 0 when the levels agree with the ledger (or were set to it), 1 otherwise. */
export async function stockRebuildCommand(args: readonly string[], io: CliIo): Promise<number> {
  const flags = parseFlags(args, FLAGS);
  const { database: config } = dataLocationOf(flags['data-dir'], io.env);
  if (config.kind === 'sqlite' && !existsSync(config.file)) {
    io.err(`没有找到 Kassa 数据 / No Kassa database at ${config.file}`);
    return 1;
  }
  const database = await openDatabase(config);
  try {
    const status = await readMigrationStatus(database.db);
    if (status === null || status.pending.length > 0) {
      io.err('数据库需要升级 / The database is not up to date: start the Kassa server once to upgrade it.');
      return 1;
    }
    const stock = createStockRepository(database.db);
    const differences = flags.check ? await stock.ledgerDifferences() : await stock.rebuildLevels(Date.now());
    for (const line of await describe(database.db, differences)) io.out(line);
    if (differences.length === 0) {
      io.out('OK 库存与流水一致 / Every stock level agrees with its ledger.');
      return 0;
    }
    if (flags.check) {
      io.out(
        `${differences.length} 处不一致 / levels differ from their ledger; run without --check to fix them.`,
      );
      return 1;
    }
    io.out(`已重算 ${differences.length} 处 / levels set to their ledger.`);
    return 0;
  } finally {
    await database.close();
  }
}

/** One line per difference: store, location, product, what the level said and what the ledger says. */
async function describe(
  db: Parameters<typeof createStoreRepository>[0],
  differences: readonly LedgerDifference[],
): Promise<string[]> {
  if (differences.length === 0) return [];
  const stores = new Map((await createStoreRepository(db).list()).map((store) => [store.id, store]));
  const locations = new Map(
    (await createStockLocationRepository(db).list([...stores.keys()])).map((location) => [
      location.id,
      location,
    ]),
  );
  const products = createProductRepository(db);
  const lines: string[] = [];
  for (const d of differences) {
    const product = await products.get(d.productId);
    lines.push(
      `${stores.get(d.storeId)?.code ?? d.storeId} ${locations.get(d.locationId)?.name ?? d.locationId} ` +
        `${product ? `${product.sku} ${product.name}` : d.productId}: ` +
        `on hand / 库存 ${quantity(d.onHand)}, ledger / 流水 ${quantity(d.ledger)}`,
    );
  }
  return lines;
}

/** Thousandths as a plain decimal: 12500 → 12.5. */
function quantity(thousandths: number): string {
  return String(thousandths / 1000);
}
