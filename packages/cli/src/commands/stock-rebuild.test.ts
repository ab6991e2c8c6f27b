import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createProductRepository,
  createStockRepository,
  createStoreRepository,
  createTaxClassRepository,
  openDatabase,
} from '@kassa/db';
import { newProductFixture } from '@kassa/db/testing';
import { startKassa } from '@kassa/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CliIo } from '../cli-io';
import { runKassa } from '../run-kassa';

const dataDir = mkdtempSync(join(tmpdir(), 'kassa-cli-stock-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const kassa = async (argv: string[]) => {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { env: {}, out: (t) => out.push(t), err: (t) => err.push(t) };
  const code = await runKassa(argv, io);
  return { code, out: out.join('\n'), err: err.join('\n') };
};

describe('kassa stock rebuild', () => {
  let sku = '';

  beforeAll(async () => {
    // A started (so migrated and bootstrapped) data directory, then a product with a ledger.
    const server = await startKassa({
      dataDir,
      port: 0,
      host: '127.0.0.1',
      logLevel: 'silent',
      ownerPassword: 'owner-stock-Pa55',
      backups: 'off',
    });
    await server.close();
    const database = await openDatabase({ kind: 'sqlite', file: join(dataDir, 'kassa.db') });
    try {
      const db = database.db;
      const [store] = await createStoreRepository(db).list();
      const [taxClass] = await createTaxClassRepository(db).list();
      if (!store || !taxClass) throw new Error('no bootstrapped store');
      sku = `RB-${randomUUID().slice(0, 6)}`;
      const product = await createProductRepository(db).create(
        newProductFixture(taxClass.id, { sku, name: '鸡蛋', cost: 80 }),
      );
      const stock = createStockRepository(db);
      for (const quantity of [24_000, -2_000, -500]) {
        await stock.applyMovement({
          id: randomUUID(),
          storeId: store.id,
          locationId: store.salesFloorId,
          productId: product.id,
          quantity,
          reason: quantity > 0 ? 'opening' : 'sale',
          refId: null,
          unitCost: 80,
          createdAt: 2,
          staffId: null,
        });
      }
      // The level drifts off its ledger (21.5): someone edited the database by hand.
      await db
        .updateTable('stock_levels')
        .set({ on_hand: 30_000 })
        .where('product_id', '=', product.id)
        .execute();
    } finally {
      await database.close();
    }
  });

  it('reports a level off its ledger with --check and changes nothing', async () => {
    for (let i = 0; i < 2; i++) {
      const checked = await kassa(['stock', 'rebuild', '--check', '--data-dir', dataDir]);
      expect(checked.code).toBe(1);
      expect(checked.out).toContain(`卖场 ${sku} 鸡蛋: on hand / 库存 30, ledger / 流水 21.5`);
      expect(checked.out).toContain('1 处不一致');
    }
  });

  it('sets the level to its ledger, after which the check passes', async () => {
    const rebuilt = await kassa(['stock', 'rebuild', '--data-dir', dataDir]);
    expect(rebuilt).toMatchObject({ code: 0, err: '' });
    expect(rebuilt.out).toContain(`${sku} 鸡蛋: on hand / 库存 30, ledger / 流水 21.5`);
    expect(rebuilt.out).toContain('已重算 1 处');
    const checked = await kassa(['stock', 'rebuild', '--check', '--data-dir', dataDir]);
    expect(checked).toMatchObject({ code: 0, err: '' });
    expect(checked.out).toContain('Every stock level agrees with its ledger');
  });

  it('says so when there is no database', async () => {
    const missing = await kassa(['stock', 'rebuild', '--check', '--data-dir', join(dataDir, 'nothing-here')]);
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('No Kassa database at');
  });
});
