import type { CreateSaleBody } from '@kassa/api';
import { describe, expect, it } from 'vitest';
import { createMemoryStorage } from '../../shared/storage';
import { createPendingSales, PENDING_SALES_KEY, REJECTED_SALES_KEY, retryDelayMs } from './pending-sales';

function body(id: string): CreateSaleBody {
  return {
    id,
    registerId: '00000000-0000-7000-8000-000000000099',
    shiftId: '00000000-0000-7000-8000-000000000098',
    createdAt: 1_750_000_000_000,
    lines: [{ id: `${id}-l1`, productId: 'p', quantity: 1000, unitPrice: 350 }],
    tenders: [{ kind: 'cash', amount: 500 }],
    expectedTotal: 350,
  };
}

describe('pending sales outbox', () => {
  it('keeps sales durably until removed, oldest first', () => {
    const storage = createMemoryStorage();
    const outbox = createPendingSales(storage);
    outbox.add(body('a'), 1000);
    outbox.add(body('b'), 1001);
    // A fresh instance over the same storage (a reload) sees both.
    const reloaded = createPendingSales(storage);
    expect(reloaded.list().map((p) => p.body.id)).toEqual(['a', 'b']);
    reloaded.remove('a');
    expect(outbox.list().map((p) => p.body.id)).toEqual(['b']);
    outbox.remove('b');
    expect(storage.getItem(PENDING_SALES_KEY)).toBeNull();
  });

  it('adds the same sale id only once, keeping the first body', () => {
    const outbox = createPendingSales(createMemoryStorage());
    outbox.add(body('a'), 1000);
    outbox.add({ ...body('a'), expectedTotal: 999 }, 2000);
    expect(outbox.list()).toHaveLength(1);
    expect(outbox.list()[0]?.body.expectedTotal).toBe(350);
  });

  it('backs off after failures and reports what is due', () => {
    const outbox = createPendingSales(createMemoryStorage());
    outbox.add(body('a'), 1000);
    expect(outbox.due(1000).map((p) => p.body.id)).toEqual(['a']);
    outbox.recordFailure('a', 1000, 'network_error');
    expect(outbox.due(1999)).toEqual([]);
    expect(outbox.due(2000)).toHaveLength(1);
    outbox.recordFailure('a', 2000, 'internal_error');
    expect(outbox.list()[0]).toMatchObject({ attempts: 2, nextAttemptAt: 4000, lastError: 'internal_error' });
  });

  it('moves a refused sale to the rejected list instead of dropping it', () => {
    const storage = createMemoryStorage();
    const outbox = createPendingSales(storage);
    outbox.add(body('a'), 1000);
    outbox.reject('a', 5000, 'price_mismatch');
    expect(outbox.list()).toEqual([]);
    expect(outbox.rejected()).toEqual([{ body: body('a'), error: 'price_mismatch', rejectedAt: 5000 }]);
    expect(storage.getItem(REJECTED_SALES_KEY)).not.toBeNull();
  });

  it('survives corrupt storage', () => {
    const outbox = createPendingSales(createMemoryStorage({ [PENDING_SALES_KEY]: '[{"nope":1}, 3' }));
    expect(outbox.list()).toEqual([]);
    const partly = createPendingSales(createMemoryStorage({ [PENDING_SALES_KEY]: '[{"nope":1}]' }));
    expect(partly.list()).toEqual([]);
  });

  it('doubles the delay up to 30 s', () => {
    expect([1, 2, 3, 4, 5, 6, 10].map(retryDelayMs)).toEqual([1000, 2000, 4000, 8000, 16000, 30000, 30000]);
  });
});
