import { randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import { createDeviceRepository } from './device-repository';
import { createPairingCodeRepository, type NewPairingCode } from './pairing-code-repository';
import { describeEachDialect, type ShopFixture, seedShop } from './testing';

const MINUTE = 60_000;

describeEachDialect('pairing code repository', (getDb) => {
  const newCode = (shop: ShopFixture, createdAt = 0): NewPairingCode => ({
    id: randomUUID(),
    codeHash: randomUUID().replaceAll('-', '').repeat(2),
    registerId: shop.registerId,
    createdBy: shop.staffId,
    createdAt,
    expiresAt: createdAt + 15 * MINUTE,
  });
  const newDevice = async (shop: ShopFixture) =>
    createDeviceRepository(getDb().db).create({
      id: randomUUID(),
      registerId: shop.registerId,
      credentialHash: randomUUID(),
      name: 'test',
      pairedAt: 0,
      pairedBy: shop.staffId,
    });

  it('finds a code by its hash until it expires', async () => {
    const shop = await seedShop(getDb().db);
    const codes = createPairingCodeRepository(getDb().db);
    const code = newCode(shop);
    expect(await codes.create(code)).toEqual({
      id: code.id,
      registerId: shop.registerId,
      createdBy: shop.staffId,
      createdAt: 0,
      expiresAt: 15 * MINUTE,
      usedAt: null,
      deviceId: null,
    });
    expect(await codes.findLive(code.codeHash, 15 * MINUTE - 1)).toMatchObject({ id: code.id });
    expect(await codes.findLive(code.codeHash, 15 * MINUTE)).toBeUndefined();
    expect(await codes.findLive('f'.repeat(64), 0)).toBeUndefined();
  });

  it('is used once, even by racing redeemers, and never after it expired', async () => {
    const { db } = getDb();
    const shop = await seedShop(db);
    const codes = createPairingCodeRepository(db);
    const fresh = newCode(shop);
    const code = await codes.create(fresh);
    const device = await newDevice(shop);
    const results = await Promise.all([1, 2, 3, 4].map((i) => codes.use(code.id, i * MINUTE, device.id)));
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(await codes.findLive(fresh.codeHash, MINUTE)).toBeUndefined();

    const late = await codes.create(newCode(shop));
    expect(await codes.use(late.id, 15 * MINUTE, device.id)).toBe(false);
  });

  it('drops the register’s unused codes when a newer one replaces them, keeping used ones', async () => {
    const { db } = getDb();
    const shop = await seedShop(db);
    const codes = createPairingCodeRepository(db);
    const used = newCode(shop);
    await codes.create(used);
    await codes.use(used.id, MINUTE, (await newDevice(shop)).id);
    const unused = newCode(shop);
    await codes.create(unused);
    expect(await codes.discardUnused(shop.registerId)).toBe(1);
    expect(await codes.findLive(unused.codeHash, MINUTE)).toBeUndefined();
    expect(await codes.discardUnused(shop.registerId)).toBe(0);
  });
});
