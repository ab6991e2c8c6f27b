import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { CliIo } from '../cli-io';
import { buildDemoCatalog } from '../demo/demo-catalog';
import { runKassa } from '../run-kassa';
import { launchKassa } from './start';

const OWNER_PASSWORD = 'owner-test-Pa55';
const dataDir = mkdtempSync(join(tmpdir(), 'kassa-cli-start-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

function captureIo(env: CliIo['env'] = {}): CliIo & { readonly text: () => string } {
  const lines: string[] = [];
  return { env, out: (t) => lines.push(t), err: (t) => lines.push(t), text: () => lines.join('\n') };
}

const env = { KASSA_OWNER_PASSWORD: OWNER_PASSWORD, KASSA_LOG_LEVEL: 'silent' };
const options = { port: 0, host: '127.0.0.1', dataDir, demo: true };

async function countProducts(launched: Awaited<ReturnType<typeof launchKassa>>): Promise<number> {
  const row = await launched.kassa.db.db
    .selectFrom('products')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

describe('kassa start --demo', () => {
  it('serves the demo shop, and a second start does not seed it again', async () => {
    const io = captureIo(env);
    const first = await launchKassa(options, io);
    try {
      expect(first.demo).toMatchObject({ seeded: true, products: buildDemoCatalog().products.length });
      expect(first.banner).toContain(`http://127.0.0.1:${first.kassa.port}`);
      expect(first.banner).toContain('KASSA_OWNER_PASSWORD');
      expect(first.banner).toMatch(/cashier1 .*PIN 2222/);
      const base = `http://127.0.0.1:${first.kassa.port}`;

      expect((await fetch(`${base}/api/health`)).status).toBe(200);
      const login = await fetch(`${base}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'owner', password: OWNER_PASSWORD }),
      });
      expect(login.status).toBe(200);
      const { token } = (await login.json()) as { token: string };
      const page = await fetch(`${base}/api/v1/products?limit=1`, {
        headers: { authorization: `Bearer ${token}` },
      });
      expect(page.status).toBe(200);
      expect(((await page.json()) as { items: unknown[] }).items).toHaveLength(1);

      const manager = await fetch(`${base}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'manager', password: 'manager-demo' }),
      });
      expect(manager.status).toBe(200);
    } finally {
      await first.kassa.close();
    }
    const products = buildDemoCatalog().products.length;

    const second = await launchKassa(options, captureIo(env));
    try {
      expect(second.demo).toEqual({ seeded: false });
      expect(await countProducts(second)).toBe(products);
      expect(second.kassa.ownerPasswordGenerated).toBeNull();
    } finally {
      await second.kassa.close();
    }
  }, 90_000);

  it('has a journal that `kassa journal verify` finds intact', async () => {
    const io = captureIo({});
    expect(await runKassa(['journal', 'verify', '--data-dir', dataDir], io)).toBe(0);
    expect(io.text()).toMatch(/^OK S01 鲜果多便利超市 \(演示店\): \d+ entries .*head [0-9a-f]{64}$/m);

    const unknown = captureIo({});
    expect(await runKassa(['journal', 'verify', '--store', 'S99', '--data-dir', dataDir], unknown)).toBe(2);
    expect(unknown.text()).toContain('no store with code "S99"');
  });
});
