import { expect, it } from 'vitest';
import { describeEachServer } from './describe-each-server';
import { openSimRegister } from './sim-register';
import { expectLedgerBalanced, expectStoreComplete, snapshotStore } from './store-audit';

const HOUR = 60 * 60 * 1000;

describeEachServer('a register two hours offline uploads through a flaky link', 18600, (world) => {
  it('records 300 sales exactly once though the link drops twice and a batch arrives twice', async () => {
    const { kassa, proxy, shop } = world();
    const now = Date.now();
    const register = await openSimRegister(shop, '01', proxy.url, { shiftOpenedAt: now - 2 * HOUR - 60_000 });
    const before = await snapshotStore(shop);
    await register.sell(300, now - 2 * HOUR, 2 * HOUR);

    // Six batches of 50. Pushes are counted as they reach the proxy, retries included:
    // #2 (batch 2) dies 1 kB into its body, #4 (batch 3) reaches the server twice at once,
    // #5 (batch 4) dies 20 kB into its body (of about 45 kB).
    proxy.inject(2, { kind: 'cut', afterBytes: 1_000 });
    proxy.inject(4, { kind: 'duplicate' });
    proxy.inject(5, { kind: 'cut', afterBytes: 20_000 });
    const log = await register.sync();

    expect(log.failed.map((f) => f.status)).toEqual(['failed', 'failed']);
    const applied = { applied: 50, duplicate: 0, rejected: 0 };
    expect(proxy.pushes().map((p) => [p.fault, p.status, p.results])).toEqual([
      ['none', 200, applied],
      ['cut', null, null],
      ['none', 200, applied],
      // The two copies race: each sale is applied by one and answered as a duplicate by the other.
      ['duplicate', 200, { applied: 50, duplicate: 50, rejected: 0 }],
      ['cut', null, null],
      ['none', 200, applied],
      ['none', 200, applied],
      ['none', 200, applied],
    ]);
    expect(await register.outbox()).toEqual({ pending: 0, rejected: 0 });
    await expectStoreComplete(shop, before, [register]);
    await kassa.stop();
    await expectLedgerBalanced(kassa.database);
  }, 90_000);
});
