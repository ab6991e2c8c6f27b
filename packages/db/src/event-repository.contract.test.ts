import { expect, it } from 'vitest';
import { createEventRepository, type KassaEvent, type NewKassaEvent } from './event-repository';
import { inTransaction } from './in-transaction';
import { describeEachDialect } from './testing';

const event = (type: string): NewKassaEvent => ({
  storeId: null,
  type,
  refId: null,
  payload: { type },
  createdAt: 1,
});

describeEachDialect(
  'event repository',
  (getDb) => {
    it('numbers events 1, 2, 3… and lists those after a cursor', async () => {
      const events = createEventRepository(getDb().db);
      const base = await events.lastSeq();
      const seqs = [];
      for (const type of ['sale.completed', 'stock.changed', 'product.updated'])
        seqs.push(await events.append(event(type)));
      expect(seqs).toEqual([base + 1, base + 2, base + 3]);
      expect(await events.lastSeq()).toBe(base + 3);
      const listed = await events.listSince(base + 1, 10);
      expect(listed).toEqual([
        {
          seq: base + 2,
          storeId: null,
          type: 'stock.changed',
          refId: null,
          payload: { type: 'stock.changed' },
          createdAt: 1,
        },
        {
          seq: base + 3,
          storeId: null,
          type: 'product.updated',
          refId: null,
          payload: { type: 'product.updated' },
          createdAt: 1,
        },
      ]);
      expect(await events.listSince(base, 1)).toHaveLength(1);
    });

    it('gives a rolled-back event’s seq to the next event, leaving no gap', async () => {
      const { db } = getDb();
      const base = await createEventRepository(db).lastSeq();
      await expect(
        inTransaction(db, async (trx) => {
          await createEventRepository(trx).append(event('doomed'));
          throw new Error('rolled back');
        }),
      ).rejects.toThrow('rolled back');
      expect(await createEventRepository(db).append(event('kept'))).toBe(base + 1);
    });

    it('lets a polling reader see every event of 20 concurrent writers, in order, without gaps', async () => {
      const { db } = getDb();
      const events = createEventRepository(db);
      const base = await events.lastSeq();
      const seen: KassaEvent[] = [];
      let writing = true;
      const reader = (async () => {
        let cursor = base;
        while (writing || seen.length < 20) {
          const batch = await events.listSince(cursor, 1000);
          for (const e of batch) {
            seen.push(e);
            cursor = e.seq;
          }
          if (batch.length === 0) await new Promise((resolve) => setTimeout(resolve, 1));
        }
      })();
      await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          inTransaction(db, async (trx) => {
            // Writers get their seq in random order relative to when they started their work.
            await new Promise((resolve) => setTimeout(resolve, Math.random() * 10));
            await createEventRepository(trx).append(event(`w${i}`));
            await new Promise((resolve) => setTimeout(resolve, Math.random() * 10));
          }),
        ),
      );
      writing = false;
      await reader;
      expect(seen.map((e) => e.seq)).toEqual(Array.from({ length: 20 }, (_, i) => base + i + 1));
    });
  },
  { poolSize: 25 },
);
