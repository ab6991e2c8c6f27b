import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from './open-database';

async function until(condition: () => Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await condition()) return true;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return condition();
}

describe('background WAL checkpoints', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'kassa-checkpoint-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('copies committed pages into the database file without the writer checkpointing', async () => {
    const file = join(dir, 'kassa.db');
    const errors: string[] = [];
    const database = await openDatabase({
      kind: 'sqlite',
      file,
      backgroundCheckpoints: { onError: (message) => errors.push(message) },
    });
    try {
      await sql`create table filler (n integer primary key, body blob not null)`.execute(database.db);
      const before = (await stat(file)).size;
      await sql`with recursive n(i) as (select 1 union all select i + 1 from n where i < 200)
        insert into filler select i, randomblob(4000) from n`.execute(database.db);
      // 200 × 4 KB is far below the writer's own checkpoint threshold: only the thread copies it.
      expect(await until(async () => (await stat(file)).size > before + 200 * 4000, 5000)).toBe(true);
      expect(errors).toEqual([]);
    } finally {
      await database.close();
    }
  });

  it('stops with the database, which then leaves no WAL behind', async () => {
    const file = join(dir, 'kassa.db');
    const database = await openDatabase({
      kind: 'sqlite',
      file,
      backgroundCheckpoints: { onError: () => {} },
    });
    await sql`create table t (n integer)`.execute(database.db);
    await database.close();
    await expect(stat(`${file}-wal`)).rejects.toThrow(/ENOENT/);
  });
});
