import { createHash } from 'node:crypto';
import { expect, it } from 'vitest';
import { inTransaction } from './in-transaction';
import { type BuildJournalEntry, createJournalRepository } from './journal-repository';
import { createStoreRepository } from './store-repository';
import { describeEachDialect, newStoreFixture } from './testing';

const genesis = '0'.repeat(64);

/** Stands in for the core's journal hashing: any function of seq, predecessor and payload. */
const entryFor =
  (refId: string): BuildJournalEntry =>
  (seq, prevHash) => {
    const payload = JSON.stringify({ refId, total: 1000 });
    const hash = createHash('sha256').update(`${seq}|${prevHash}|${payload}`).digest('hex');
    return { kind: 'sale', refId, at: 1_700_000_000_000 + seq, payload, hash };
  };

describeEachDialect(
  'journal repository',
  (getDb) => {
    const newStore = () => createStoreRepository(getDb().db).create(newStoreFixture());

    it('chains entries from the genesis hash and advances the store head', async () => {
      const { db } = getDb();
      const store = await newStore();
      const journal = createJournalRepository(db);
      const first = await journal.append(store.id, entryFor('a'));
      const second = await journal.append(store.id, entryFor('b'));
      expect(first).toMatchObject({ storeId: store.id, seq: 1, prevHash: genesis, refId: 'a' });
      expect(second).toMatchObject({ seq: 2, prevHash: first.hash });
      expect(await journal.list(store.id)).toEqual([first, second]);
      expect(await journal.list(store.id, { fromSeq: 2 })).toEqual([second]);
      expect(await journal.list(store.id, { limit: 1 })).toEqual([first]);
      expect(await createStoreRepository(db).get(store.id)).toMatchObject({
        journalSeq: 2,
        journalHead: second.hash,
      });
    });

    it('keeps each store’s chain separate', async () => {
      const journal = createJournalRepository(getDb().db);
      const [a, b] = [await newStore(), await newStore()];
      await journal.append(a.id, entryFor('a1'));
      expect(await journal.append(b.id, entryFor('b1'))).toMatchObject({ seq: 1, prevHash: genesis });
    });

    it('advances nothing when building the entry fails', async () => {
      const journal = createJournalRepository(getDb().db);
      const store = await newStore();
      await expect(
        journal.append(store.id, () => {
          throw new Error('signing key unavailable');
        }),
      ).rejects.toThrow('signing key unavailable');
      expect(await journal.append(store.id, entryFor('a'))).toMatchObject({ seq: 1, prevHash: genesis });
      await expect(journal.append('missing', entryFor('x'))).rejects.toThrow('does not exist');
    });

    it('stays gap-free and correctly chained under 20 concurrent appends', async () => {
      const { db } = getDb();
      const store = await newStore();
      await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          inTransaction(db, async (trx) => {
            const entry = await createJournalRepository(trx).append(store.id, entryFor(`sale-${i}`));
            // Keep the lock across an await so the appends really contend.
            await new Promise((resolve) => setTimeout(resolve, 2));
            return entry;
          }),
        ),
      );
      const entries = await createJournalRepository(db).list(store.id);
      expect(entries.map((entry) => entry.seq)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
      entries.forEach((entry, i) => {
        expect(entry.prevHash).toBe(i === 0 ? genesis : entries[i - 1]?.hash);
        expect(entry).toEqual({ ...entry, ...entryFor(entry.refId)(entry.seq, entry.prevHash) });
      });
      expect(await createStoreRepository(db).get(store.id)).toMatchObject({
        journalSeq: 20,
        journalHead: entries.at(-1)?.hash,
      });
    });
  },
  { poolSize: 25 },
);
