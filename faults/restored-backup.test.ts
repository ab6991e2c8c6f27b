import { expect, it } from 'vitest';
import { describeEachServer } from './describe-each-server';
import { takeBackup } from './nightly-backup';
import { openSimRegister } from './sim-register';
import { expectLedgerBalanced, expectStoreComplete, snapshotStore } from './store-audit';

const HOUR = 60 * 60 * 1000;

describeEachServer("the server is restored from last night's backup", 18650, (world) => {
  it('ends complete once the registers send again what the backup lacks', async () => {
    const { kassa, proxy, shop } = world();
    const registers = [
      await openSimRegister(shop, '01', proxy.url),
      await openSimRegister(shop, '02', proxy.url),
    ];
    const before = await snapshotStore(shop);
    const now = Date.now();
    const sellAndSync = async (count: number, from: number) => {
      for (const register of registers) await register.sell(count, from, HOUR);
      await Promise.all(registers.map((register) => register.sync()));
    };
    // A: sold and acknowledged before the backup. B: after it, acknowledged too. C: still queued.
    await sellAndSync(60, now - 3 * HOUR);
    const backup = await takeBackup(kassa);
    await sellAndSync(60, now - 2 * HOUR);
    for (const register of registers) await register.sell(30, now - HOUR, HOUR);

    await kassa.stop();
    await backup.restore();
    await kassa.start();
    // The restored server has A only: B is gone from it, and only the registers still have it.
    expect((await snapshotStore(shop)).saleIds.size).toBe(before.saleIds.size + 2 * 60);

    const pushedBefore = proxy.pushes().length;
    for (const register of registers) expect(await register.reconnect()).toBe(60);
    await Promise.all(registers.map((register) => register.sync()));

    const after = proxy.pushes().slice(pushedBefore);
    expect(after.filter((p) => p.status !== 200 || (p.results?.rejected ?? 0) > 0)).toEqual([]);
    expect(after.reduce((sum, p) => sum + (p.results?.applied ?? 0), 0)).toBe(2 * (60 + 30));
    for (const register of registers) expect(await register.outbox()).toEqual({ pending: 0, rejected: 0 });
    await expectStoreComplete(shop, before, registers);
    await kassa.stop();
    await expectLedgerBalanced(kassa.database);
  }, 90_000);
});
