import { randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import { createSessionRepository } from './session-repository';
import { describeEachDialect, seedShop } from './testing';

describeEachDialect('session repository', (getDb) => {
  it('creates, touches and ends sessions', async () => {
    const { db } = getDb();
    const shop = await seedShop(db);
    const sessions = createSessionRepository(db);
    const id = randomUUID().replaceAll('-', '');
    const created = await sessions.create({
      id,
      staffId: shop.staffId,
      registerId: shop.registerId,
      createdAt: 10,
      expiresAt: 100,
    });
    expect(created).toEqual({
      id,
      staffId: shop.staffId,
      registerId: shop.registerId,
      deviceId: null,
      createdAt: 10,
      expiresAt: 100,
      lastSeenAt: 10,
    });
    await sessions.touch(id, 50);
    expect(await sessions.get(id)).toMatchObject({ lastSeenAt: 50, expiresAt: 100 });
    await sessions.touch(id, 60, 200);
    expect(await sessions.get(id)).toMatchObject({ lastSeenAt: 60, expiresAt: 200 });
    await sessions.delete(id);
    expect(await sessions.get(id)).toBeUndefined();
  });

  it('removes expired sessions and all of a staff member’s sessions', async () => {
    const { db } = getDb();
    const shop = await seedShop(db);
    const sessions = createSessionRepository(db);
    const base = { staffId: shop.staffId, registerId: null, createdAt: 0 };
    await sessions.create({ ...base, id: randomUUID(), expiresAt: 1_000 });
    const live = await sessions.create({ ...base, id: randomUUID(), expiresAt: 3_000 });
    expect(await sessions.deleteExpired(2_000)).toBeGreaterThanOrEqual(1);
    expect(await sessions.get(live.id)).toBeDefined();
    await sessions.deleteByStaff(shop.staffId);
    expect(await sessions.get(live.id)).toBeUndefined();
  });
});
