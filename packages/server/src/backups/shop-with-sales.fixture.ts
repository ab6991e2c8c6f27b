import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type KassaDatabase, migrateToLatest, openDatabase } from '@kassa/db';
import { createFixture, type Fixture } from '../testing/test-fixture';

/** A shop on a SQLite file in a data directory of its own, opened as the server opens it. */
export type ShopWithSales = {
  readonly dataDir: string;
  readonly databaseFile: string;
  readonly backupsDir: string;
  /** The machine's time zone as the backups see it: the fixture store's. */
  readonly timeZone: string;
  readonly database: KassaDatabase;
  readonly f: Fixture;
  /** Rings up `count` standard sales through the HTTP API, a minute apart; answers their ids. */
  sell(count: number): Promise<string[]>;
  /** Closes the database, as a stopped server does. */
  stop(): Promise<void>;
  /** Stops (if running) and deletes the data directory. */
  dispose(): Promise<void>;
};

/** Opens a new shop (see {@link createFixture}) in a temp data directory. */
export async function openShopWithSales(): Promise<ShopWithSales> {
  const dataDir = await mkdtemp(join(tmpdir(), 'kassa-backups-'));
  const databaseFile = join(dataDir, 'kassa.db');
  const database = await openDatabase({
    kind: 'sqlite',
    file: databaseFile,
    backgroundCheckpoints: { onError: () => {} },
  });
  await migrateToLatest(database.db);
  const f = await createFixture(database);
  let closed = false;
  const stop = async () => {
    if (!closed) await database.close();
    closed = true;
  };
  return {
    dataDir,
    databaseFile,
    backupsDir: join(dataDir, 'backups'),
    timeZone: f.store.timeZone,
    database,
    f,
    async sell(count) {
      const ids: string[] = [];
      for (let i = 0; i < count; i++) {
        f.tick(60_000);
        const body = f.saleBody();
        const response = await f.request('POST', '/api/v1/sales', { token: f.tokens.cashier, body });
        if (response.status !== 201)
          throw new Error(`selling answered ${response.status}: ${await response.text()}`);
        ids.push(body.id);
      }
      return ids;
    },
    stop,
    async dispose() {
      await stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
