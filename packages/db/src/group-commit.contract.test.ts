import type { Transaction } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { groupCommit } from './group-commit';
import type { KassaDatabase } from './kassa-database';
import { openDatabase } from './open-database';
import type { Schema } from './schema';
import { describeEachDialect } from './testing';

const writeSetting = (trx: Transaction<Schema>, key: string) =>
  trx.insertInto('settings').values({ key, value: '{}' }).execute();

describeEachDialect('group commit', (getDb, suite) => {
  /** A second connection to the same database: it sees only what is committed. */
  let observer: KassaDatabase;
  beforeAll(async () => {
    observer = await openDatabase(suite.config());
  });
  afterAll(async () => {
    await observer.close();
  });

  const committedKeys = async (prefix: string) =>
    (await observer.db.selectFrom('settings').select('key').where('key', 'like', `${prefix}%`).execute())
      .map((row) => row.key)
      .sort();

  it('lands every one of 20 concurrent writes, each answered with its own result', async () => {
    const { db } = getDb();
    const keys = Array.from({ length: 20 }, (_, i) => `all-land-${String(i).padStart(2, '0')}`);
    const results = await Promise.all(
      keys.map((key) =>
        groupCommit(db, async (trx) => {
          await writeSetting(trx, key);
          return key;
        }),
      ),
    );
    expect(results).toEqual(keys);
    expect(await committedKeys('all-land-')).toEqual(keys);
  });

  it('rolls back only the write that throws, and only its caller gets the error', async () => {
    const { db } = getDb();
    const failure = new Error('this write is refused');
    const outcomes = await Promise.allSettled(
      Array.from({ length: 5 }, (_, i) =>
        groupCommit(db, async (trx) => {
          await writeSetting(trx, `one-fails-${i}-a`);
          await writeSetting(trx, `one-fails-${i}-b`);
          // The failing write has already written two rows: they must not survive.
          if (i === 2) throw failure;
          return i;
        }),
      ),
    );
    expect(outcomes).toEqual([
      { status: 'fulfilled', value: 0 },
      { status: 'fulfilled', value: 1 },
      { status: 'rejected', reason: failure },
      { status: 'fulfilled', value: 3 },
      { status: 'fulfilled', value: 4 },
    ]);
    expect(await committedKeys('one-fails-')).toEqual(
      [0, 1, 3, 4].flatMap((i) => [`one-fails-${i}-a`, `one-fails-${i}-b`]),
    );
  });

  it('keeps the other writes of a batch when one breaks a constraint', async () => {
    const { db } = getDb();
    const outcomes = await Promise.allSettled(
      ['dup-x', 'dup-y', 'dup-x', 'dup-z'].map((key) => groupCommit(db, (trx) => writeSetting(trx, key))),
    );
    const statuses = outcomes.map((outcome) => outcome.status);
    // One of the two dup-x writes loses: the later one on SQLite's single connection, either one on
    // PostgreSQL, whose pooled transactions race. The others are kept either way.
    expect([statuses[1], statuses[3]]).toEqual(['fulfilled', 'fulfilled']);
    expect([statuses[0], statuses[2]].sort()).toEqual(['fulfilled', 'rejected']);
    expect(await committedKeys('dup-')).toEqual(['dup-x', 'dup-y', 'dup-z']);
  });

  if (suite.dialect === 'sqlite') {
    it('commits concurrent writes together: none is visible elsewhere before the last is written', async () => {
      const { db } = getDb();
      // Each write counts, from the other connection, the writes of this test committed so far.
      // Committed one by one, the k-th would see k - 1 of them; sharing one COMMIT, each sees none.
      const seenCommitted = await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          groupCommit(db, async (trx) => {
            await writeSetting(trx, `shared-${String(i).padStart(2, '0')}`);
            return (await committedKeys('shared-')).length;
          }),
        ),
      );
      expect(seenCommitted).toEqual(Array.from({ length: 20 }, () => 0));
      expect(await committedKeys('shared-')).toHaveLength(20);
    });
  }
});
