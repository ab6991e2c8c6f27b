import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { createStoreRepository, openDatabase, type Store } from '@kassa/db';
import { databaseConfigOf, loadConfigFromEnv, verifyStoreJournal } from '@kassa/server';
import type { CliIo } from '../cli-io';
import { parseFlags } from '../parse-flags';
import { UsageError } from '../usage-error';

export const JOURNAL_VERIFY_HELP = `Usage: kassa journal verify [--store CODE] [--data-dir DIR]

校验销售流水哈希链 / Check the sales journal (流水) hash chain of each store. Prints OK with the
number of entries and the head hash, or the first broken entry; exits with 1 when a chain is broken.

  --store CODE    only this store (e.g. S01); default every store
  --data-dir DIR  where the SQLite database lives; default KASSA_DATA_DIR or ./kassa-data
  -h, --help      show this help

With KASSA_DATABASE_URL set, the PostgreSQL database is checked instead.`;

const FLAGS = {
  store: { type: 'string' },
  'data-dir': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** `kassa journal verify`: 0 when every checked chain is intact, 1 when one is broken. */
export async function journalVerifyCommand(args: readonly string[], io: CliIo): Promise<number> {
  const flags = parseFlags(args, FLAGS);
  const dataDir = resolve(flags['data-dir'] ?? io.env.KASSA_DATA_DIR ?? './kassa-data');
  // The port does not matter here: leave KASSA_PORT out so a bad value cannot stop the check.
  const config = databaseConfigOf(loadConfigFromEnv({ ...io.env, KASSA_PORT: undefined }, { dataDir }));
  if (config.kind === 'sqlite' && !existsSync(config.file)) {
    // Opening would create an empty database: say plainly that there is nothing here instead.
    io.err(`没有找到 Kassa 数据 / No Kassa database at ${config.file}`);
    return 1;
  }
  const database = await openDatabase(config);
  try {
    const stores = await storesToCheck(database.db, flags.store);
    let broken = 0;
    for (const store of stores) {
      const result = await verifyStoreJournal(database.db, store.id);
      const label = `${store.code} ${store.name}`;
      if (result.ok) {
        io.out(`OK ${label}: ${result.count} entries / 条流水, head ${result.head}`);
      } else {
        broken += 1;
        io.out(
          `BROKEN / 流水已损坏 ${label}: entry #${result.brokenAt} (${result.reason}); ` +
            `${result.count} entries checked / 条已校验`,
        );
      }
    }
    return broken > 0 ? 1 : 0;
  } finally {
    await database.close();
  }
}

async function storesToCheck(
  db: Parameters<typeof createStoreRepository>[0],
  code: string | undefined,
): Promise<Store[]> {
  const repository = createStoreRepository(db);
  if (code === undefined) return repository.list();
  const store = await repository.getByCode(code);
  if (!store) throw new UsageError(`no store with code ${JSON.stringify(code)} / 没有此门店代码`);
  return [store];
}
