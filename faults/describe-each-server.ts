import type { DialectName } from '@kassa/db';
import { hasTestPostgres } from '@kassa/db/testing';
import { afterAll, beforeAll, describe } from 'vitest';
import { type FaultProxy, startFaultProxy } from './fault-proxy';
import { type KassaUnderTest, startKassaUnderTest } from './kassa-under-test';
import { type ShopSession, signInToShop } from './shop-session';

/** One scenario's world: the server process, the proxy the registers reach it through, the owner. */
export type FaultWorld = {
  readonly kassa: KassaUnderTest;
  readonly proxy: FaultProxy;
  readonly shop: ShopSession;
};

const dialects: readonly DialectName[] = ['sqlite', 'postgres'];

/**
 * Declares the suite once per database (`name [sqlite]`, `name [postgres]`), each on a real Kassa
 * process with the demo store on fresh data, behind a fault proxy. Ports come from the fault
 * tests' range 18600–18699: the server on `basePort` (+5 for PostgreSQL), its proxy on the next.
 * Everything is started before the suite's first test and ended after its last, failed or not.
 */
export function describeEachServer(
  name: string,
  basePort: number,
  fn: (world: () => FaultWorld) => void,
): void {
  for (const [index, dialect] of dialects.entries()) {
    const skip = dialect === 'postgres' && !hasTestPostgres();
    (skip ? describe.skip : describe)(`${name} [${dialect}]`, () => {
      let kassa: KassaUnderTest | undefined;
      let proxy: FaultProxy | undefined;
      let shop: ShopSession | undefined;
      beforeAll(async () => {
        const port = basePort + index * 5;
        kassa = await startKassaUnderTest(dialect, port);
        proxy = await startFaultProxy({ port: port + 1, target: kassa.url });
        shop = await signInToShop(kassa.url);
      });
      afterAll(async () => {
        await proxy?.close();
        await kassa?.dispose();
      });
      fn(() => {
        if (!kassa || !proxy || !shop) throw new Error('the fault world exists only inside tests');
        return { kassa, proxy, shop };
      });
    });
  }
}
