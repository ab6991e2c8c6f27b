import { expect, it } from 'vitest';
import { describeEachServer } from './describe-each-server';
import { openSimRegister } from './sim-register';
import { expectLedgerBalanced, expectStoreComplete, snapshotStore } from './store-audit';

describeEachServer('the server commits a batch but its answer is lost', 18610, (world) => {
  it('answers the batch as duplicates through five retries and records each sale once', async () => {
    const { kassa, proxy, shop } = world();
    const register = await openSimRegister(shop, '01', proxy.url);
    const before = await snapshotStore(shop);
    await register.sell(150, Date.now() - 30 * 60_000, 30 * 60_000);

    // Batch 2 (push #2) is committed, and its answer lost; so are the answers to the next four
    // sends of the same batch (#3–#6). The fifth retry (#7) is answered.
    for (const n of [2, 3, 4, 5, 6]) proxy.inject(n, { kind: 'lose-response' });
    const log = await register.sync();

    expect(log.failed).toHaveLength(5);
    const applied = { applied: 50, duplicate: 0, rejected: 0 };
    const duplicate = { applied: 0, duplicate: 50, rejected: 0 };
    expect(proxy.pushes().map((p) => [p.fault, p.status, p.results])).toEqual([
      ['none', 200, applied],
      ['lose-response', 200, applied],
      ...Array.from({ length: 4 }, () => ['lose-response', 200, duplicate]),
      ['none', 200, duplicate],
      ['none', 200, applied],
    ]);
    expect(await register.outbox()).toEqual({ pending: 0, rejected: 0 });
    await expectStoreComplete(shop, before, [register]);
    await kassa.stop();
    await expectLedgerBalanced(kassa.database);
  }, 60_000);
});
