import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { createEventRepository, type KassaEvent, type NewKassaEvent } from './event-repository';
import { inTransaction } from './in-transaction';
import { describeEachDialect } from './testing';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const event = (type: string): NewKassaEvent => ({
  storeId: null,
  type,
  refId: null,
  payload: {},
  createdAt: 1,
});

/**
 * DESIGN.md §2's trap: with a sequence, slow transaction A takes seq n, fast transaction B takes
 * n+1 and commits first, a reader advances its cursor to n+1 and never sees n. This pins that
 * B's append waits for A's commit instead, so the reader collects both, in order.
 */
describeEachDialect(
  'event ordering',
  (getDb) => {
    it('never lets a reader skip the event of a slow transaction', async () => {
      const { db } = getDb();
      const events = createEventRepository(db);
      const base = await events.lastSeq();
      const seen: KassaEvent[] = [];
      let cursor = base;
      const poll = async () => {
        for (const e of await events.listSince(cursor, 100)) {
          seen.push(e);
          cursor = e.seq;
        }
      };

      let releaseA = () => {};
      const aMayCommit = new Promise<void>((resolve) => {
        releaseA = resolve;
      });
      let aAppended = (_seq: number) => {};
      const aHasSeq = new Promise<number>((resolve) => {
        aAppended = resolve;
      });
      const txA = inTransaction(db, async (trx) => {
        aAppended(await createEventRepository(trx).append(event('A')));
        await aMayCommit;
      });
      let bCommitted = false;
      let txB: Promise<number> | undefined;

      try {
        expect(await aHasSeq).toBe(base + 1);
        txB = inTransaction(db, (trx) => createEventRepository(trx).append(event('B'))).then((seq) => {
          bCommitted = true;
          return seq;
        });

        // Wait until B is really inside its append, blocked on A's lock.
        for (let i = 0; ; i++) {
          const { rows } = await sql<{ waiting: number }>`
            select count(*) as waiting from pg_stat_activity
            where datname = current_database() and wait_event_type = 'Lock'`.execute(db);
          if (rows[0]?.waiting === 1) break;
          if (i > 500) throw new Error('B never blocked on A');
          await sleep(2);
        }
        for (let i = 0; i < 5; i++) {
          await poll();
          await sleep(10);
        }
        expect(seen).toEqual([]);
        expect(bCommitted).toBe(false);

        releaseA();
        for (let i = 0; seen.length < 2 && i < 1000; i++) {
          await poll();
          await sleep(2);
        }
        await txA;
        expect(await txB).toBe(base + 2);
        expect(seen.map((e) => [e.seq, e.type])).toEqual([
          [base + 1, 'A'],
          [base + 2, 'B'],
        ]);
      } finally {
        // Also on failure: an open transaction would keep its pooled connection and hang teardown.
        releaseA();
        await Promise.allSettled([txA, txB]);
      }
    });
  },
  { dialects: ['postgres'] },
);
