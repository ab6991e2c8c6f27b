import { receiptNumber } from '@kassa/core';
import { expect, it } from 'vitest';
import { describeEachServer } from './describe-each-server';
import { openSimRegister } from './sim-register';
import { expectLedgerBalanced, expectStoreComplete, snapshotStore } from './store-audit';

const HOUR = 60 * 60 * 1000;

describeEachServer('two registers offline at once', 18630, (world) => {
  it('number 100 sales each from their own sequences, and both upload without a collision', async () => {
    const { kassa, proxy, shop } = world();
    const registers = [
      await openSimRegister(shop, '01', proxy.url),
      await openSimRegister(shop, '02', proxy.url),
    ];
    const before = await snapshotStore(shop);
    // Both sell through the same hour, offline: neither can know what the other numbered.
    for (const register of registers) await register.sell(100, Date.now() - HOUR, HOUR);
    for (const { register, sold } of registers) {
      const first = register.nextReceiptSeq;
      expect(sold.map((sale) => sale.receiptSeq)).toEqual(Array.from({ length: 100 }, (_, i) => first + i));
    }
    const printed = registers.flatMap(({ register, sold }) =>
      sold.map((sale) => receiptNumber(shop.store.code, register.code, false, sale.receiptSeq ?? 0)),
    );
    expect(new Set(printed).size).toBe(200);

    // They come back together and upload side by side; one answer is lost on the way, and one
    // batch reaches the server twice, so retries and copies of both interleave.
    proxy.inject(2, { kind: 'lose-response' });
    proxy.inject(3, { kind: 'duplicate' });
    await Promise.all(registers.map((register) => register.sync()));

    const pushes = proxy.pushes();
    expect(pushes.filter((p) => p.status !== 200 || (p.results?.rejected ?? 0) > 0)).toEqual([]);
    expect(pushes.reduce((sum, p) => sum + (p.results?.applied ?? 0), 0)).toBe(200);
    for (const register of registers) expect(await register.outbox()).toEqual({ pending: 0, rejected: 0 });
    await expectStoreComplete(shop, before, registers);
    await kassa.stop();
    await expectLedgerBalanced(kassa.database);
  }, 60_000);
});
