import 'fake-indexeddb/auto';
import { ApiError, type CreateSaleBody, type PushResult } from '@kassa/api';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type OutboxEntry, type OutboxStore, openOutbox } from './outbox-store';
import { backoffMs, drainOutbox } from './push-outbox';

const REGISTER = '00000000-0000-7000-8000-000000000099';
const OTHER_REGISTER = '00000000-0000-7000-8000-000000000077';
const STAFF = '00000000-0000-7000-8000-000000000055';
let n = 0;

function sale(registerId = REGISTER, training = false): Omit<CreateSaleBody, 'receiptSeq'> {
  n += 1;
  const id = `00000000-0000-7000-8000-${String(n).padStart(12, '0')}`;
  return {
    id,
    registerId,
    shiftId: '00000000-0000-7000-8000-000000000098',
    ...(training ? { training: true as const } : {}),
    createdAt: 1_750_000_000_000 + n,
    lines: [{ id: `${id.slice(0, -1)}f`, productId: 'p', quantity: 1000, unitPrice: 350 }],
    tenders: [{ kind: 'cash', amount: 500 }],
    expectedTotal: 350,
  };
}

const applied = (entries: readonly OutboxEntry[]): PushResult[] =>
  entries.map((e) => ({
    id: e.id,
    status: 'applied',
    receiptNo: `R${e.type === 'sale' ? e.payload.receiptSeq : ''}`,
    alerts: [],
  }));

describe('the register outbox (IndexedDB)', () => {
  let store: OutboxStore;
  let dbName: string;
  beforeEach(async () => {
    dbName = `outbox-test-${Math.random()}`;
    store = await openOutbox(dbName);
  });
  afterEach(() => store.close());

  it('numbers sales from a durable sequence that survives a reopen and never goes back', async () => {
    const a = await store.enqueueSale(sale(), STAFF, 1);
    const b = await store.enqueueSale(sale(), STAFF, 2);
    expect([a.payload.receiptSeq, b.payload.receiptSeq]).toEqual([1, 2]);
    store.close();
    store = await openOutbox(dbName);
    // The server says its next number is 40 (sales from before this browser): the sequence jumps there.
    const c = await store.enqueueSale(sale(), STAFF, 3, 40);
    expect(c.payload.receiptSeq).toBe(40);
    await store.raiseReceiptFloor(REGISTER, false, 10);
    expect((await store.enqueueSale(sale(), STAFF, 4)).payload.receiptSeq).toBe(41);
    // Training sales have their own sequence, as on the server.
    expect((await store.enqueueSale(sale(REGISTER, true), STAFF, 5)).payload.receiptSeq).toBe(1);
    expect((await store.pending(REGISTER)).map((e) => e.type === 'sale' && e.payload.receiptSeq)).toEqual([
      1, 2, 40, 41, 1,
    ]);
  });

  it('queues a sale id once, and gives a withdrawn sale’s number back only when it was the last', async () => {
    const body = sale();
    const first = await store.enqueueSale(body, STAFF, 1);
    expect(await store.enqueueSale(body, STAFF, 2)).toEqual(first);
    await store.withdraw(body.id);
    expect((await store.enqueueSale(sale(), STAFF, 3)).payload.receiptSeq).toBe(first.payload.receiptSeq);
    const kept = await store.enqueueSale(sale(), STAFF, 4);
    await store.enqueueSale(sale(), STAFF, 5);
    await store.withdraw(kept.id);
    expect((await store.enqueueSale(sale(), STAFF, 6)).payload.receiptSeq).toBe(
      (kept.payload.receiptSeq ?? 0) + 2,
    );
  });

  it('drains in order, removing acked entries and keeping refused ones apart, never dropped', async () => {
    const entries: OutboxEntry[] = [];
    for (let i = 0; i < 7; i++) entries.push(await store.enqueueSale(sale(), STAFF, i));
    const batches: string[][] = [];
    const result = await drainOutbox(
      store,
      REGISTER,
      async (_registerId, batch) => {
        batches.push(batch.map((e) => e.id));
        return batch.map((e) =>
          e.id === entries[3]?.id
            ? { id: e.id, status: 'rejected', error: { code: 'idempotency_conflict', message: 'taken' } }
            : (applied([e])[0] as PushResult),
        );
      },
      { now: () => 99, batch: 3 },
    );
    expect(result).toEqual({ status: 'drained', sent: 7 });
    expect(batches.flat()).toEqual(entries.map((e) => e.id));
    expect(batches.map((b) => b.length)).toEqual([3, 3, 1]);
    expect(await store.pending(REGISTER)).toEqual([]);
    const rejected = await store.rejected();
    expect(rejected.map((e) => [e.id, e.error.code])).toEqual([[entries[3]?.id, 'idempotency_conflict']]);
    expect(await store.status(REGISTER)).toMatchObject({ pending: 0, rejected: 1, lastSuccessAt: 99 });
    // Sent again, it goes to the end of the outbox unchanged.
    await store.resend(entries[3]?.id ?? '');
    expect((await store.pending(REGISTER)).map((e) => e.payload)).toEqual([entries[3]?.payload]);
    expect(await store.rejected()).toEqual([]);
  });

  it('sends again what a server restored from an older backup no longer has, in order', async () => {
    const sales: OutboxEntry[] = [];
    for (let i = 0; i < 4; i++) sales.push(await store.enqueueSale(sale(), STAFF, i, 10));
    await drainOutbox(store, REGISTER, async (_r, batch) => applied(batch), { now: () => 100 });
    expect(await store.pending(REGISTER)).toEqual([]);
    // The server answers a next number past all of them: nothing was lost.
    expect(await store.recoverLost(REGISTER, false, 14, 200)).toBe(0);
    // Restored from a backup holding sales 10 and 11 only: 12 and 13 go back into the outbox.
    expect(await store.recoverLost(REGISTER, false, 12, 200)).toBe(2);
    expect((await store.pending(REGISTER)).map((e) => e.payload)).toEqual([
      sales[2]?.payload,
      sales[3]?.payload,
    ]);
    expect(await store.recoverLost(REGISTER, false, 12, 200)).toBe(0);
  });

  it('sends the shifts and cash movements again with the lost sales, in the order they happened', async () => {
    const shiftId = '00000000-0000-7000-8000-000000000097';
    await store.enqueue(
      {
        id: shiftId,
        type: 'shift_open',
        payload: { id: shiftId, registerId: REGISTER, openedAt: 1, openingCount: [] },
      },
      STAFF,
      1,
    );
    const kept = await store.enqueueSale(sale(), STAFF, 2, 10);
    const lostSale = await store.enqueueSale(sale(), STAFF, 3, 10);
    const cashId = '00000000-0000-7000-8000-000000000096';
    const cash = { id: cashId, kind: 'cash_in' as const, amount: 100, reason: '零钱', at: 4 };
    await store.enqueue(
      { id: cashId, type: 'cash_movement', payload: { ...cash, registerId: REGISTER, shiftId } },
      STAFF,
      4,
    );
    await drainOutbox(store, REGISTER, async (_r, batch) => applied(batch), { now: () => 100 });
    // Restored from a backup holding sale 10 only: sale 11 is lost, and the shift and the cash go again.
    expect(await store.recoverLost(REGISTER, false, 11, 200)).toBe(1);
    expect((await store.pending(REGISTER)).map((e) => e.id)).toEqual([shiftId, lostSale.id, cashId]);
    expect((await store.pending(REGISTER)).map((e) => e.id)).not.toContain(kept.id);
  });

  it('tells whether a shift opened or closed here still waits, behind any number of sales', async () => {
    await store.enqueueSale(sale(), STAFF, 1);
    expect(await store.waits(REGISTER, ['shift_open', 'shift_close'])).toBe(false);
    const shiftId = '00000000-0000-7000-8000-000000000095';
    await store.enqueue(
      {
        id: shiftId,
        type: 'shift_open',
        payload: { id: shiftId, registerId: REGISTER, openedAt: 2, openingCount: [] },
      },
      STAFF,
      2,
    );
    expect(await store.waits(REGISTER, ['shift_open', 'shift_close'])).toBe(true);
    expect(await store.waits(OTHER_REGISTER, ['shift_open', 'shift_close'])).toBe(false);
  });

  it('forgets acknowledged entries after a week', async () => {
    const old = await store.enqueueSale(sale(), STAFF, 1, 5);
    await store.remove([old.id], 1000);
    const later = await store.enqueueSale(sale(), STAFF, 2);
    await store.remove([later.id], 1000 + 8 * 24 * 60 * 60 * 1000);
    // A server answer asked for before the acknowledgement cannot know of it: not lost.
    expect(await store.recoverLost(REGISTER, false, 1, 1000)).toBe(0);
    expect(await store.recoverLost(REGISTER, false, 1, Number.MAX_SAFE_INTEGER)).toBe(1);
    expect((await store.pending(REGISTER)).map((e) => e.id)).toEqual([later.id]);
  });

  it('stops at a failed push and keeps everything from there, with the server’s Retry-After', async () => {
    for (let i = 0; i < 4; i++) await store.enqueueSale(sale(), STAFF, 10 + i);
    let calls = 0;
    const result = await drainOutbox(
      store,
      REGISTER,
      async (_registerId, batch) => {
        calls += 1;
        if (calls === 2) throw new ApiError(429, 'rate_limited', 'busy', [], { retryAfterSeconds: 3 });
        return applied(batch);
      },
      { now: () => 1, batch: 2 },
    );
    expect(result).toMatchObject({ status: 'failed', sent: 2, retryAfterMs: 3000 });
    expect(await store.status(REGISTER)).toMatchObject({ pending: 2, oldestQueuedAt: 12 });
  });

  it('leaves the sale the checkout is sending, and what follows it, for the next drain', async () => {
    const a = await store.enqueueSale(sale(), STAFF, 1);
    const b = await store.enqueueSale(sale(), STAFF, 2);
    await store.enqueueSale(sale(), STAFF, 3);
    const sent: string[] = [];
    await drainOutbox(
      store,
      REGISTER,
      async (_r, batch) => {
        sent.push(...batch.map((e) => e.id));
        return applied(batch);
      },
      { now: () => 1, busy: (id) => id === b.id },
    );
    expect(sent).toEqual([a.id]);
    expect((await store.pending(REGISTER)).length).toBe(2);
  });

  it('sends only this register’s entries: another register’s wait for that register', async () => {
    const other = await store.enqueueSale(sale(OTHER_REGISTER), STAFF, 1);
    await store.enqueueSale(sale(), STAFF, 2);
    const registers: string[] = [];
    await drainOutbox(
      store,
      REGISTER,
      async (registerId, batch) => {
        registers.push(registerId);
        return applied(batch);
      },
      { now: () => 1 },
    );
    expect(registers).toEqual([REGISTER]);
    expect(await store.pending(REGISTER)).toEqual([]);
    expect((await store.pending(OTHER_REGISTER)).map((e) => e.id)).toEqual([other.id]);
    expect((await store.all()).map((e) => e.id)).toEqual([other.id]);
  });
});

describe('backoff', () => {
  it('doubles up to a minute, spread ±50 %', () => {
    expect([1, 2, 3, 10].map((f) => backoffMs(f, () => 0.5))).toEqual([1000, 2000, 4000, 60_000]);
    expect(backoffMs(1, () => 0)).toBe(500);
    expect(backoffMs(1, () => 0.999)).toBe(1499);
  });
});
