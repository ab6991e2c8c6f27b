import { randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import { createDeviceRepository, type NewDevice } from './device-repository';
import { createRegisterRepository } from './register-repository';
import { createSessionRepository } from './session-repository';
import { createStoreRepository } from './store-repository';
import { describeEachDialect, seedShop } from './testing';

const HOUR = 60 * 60 * 1000;

describeEachDialect('device repository', (getDb) => {
  const newDevice = (registerId: string, pairedBy: string, pairedAt: number): NewDevice => ({
    id: randomUUID(),
    registerId,
    credentialHash: randomUUID().replaceAll('-', '').repeat(2),
    name: 'Mozilla/5.0 (Linux; Android 14)',
    pairedAt,
    pairedBy,
  });

  it('pairs, finds by credential, lists newest first and revokes once', async () => {
    const { db } = getDb();
    const shop = await seedShop(db);
    const devices = createDeviceRepository(db);
    const first = newDevice(shop.registerId, shop.staffId, 1_000);
    const created = await devices.create(first);
    // A device counts as seen when paired, with an empty outbox and no version said yet.
    expect(created).toEqual({
      id: first.id,
      registerId: shop.registerId,
      name: first.name,
      pairedAt: 1_000,
      pairedBy: shop.staffId,
      lastSeenAt: 1_000,
      appVersion: null,
      outboxPending: 0,
      outboxOldestAt: null,
      offlineAlertedAt: null,
      revokedAt: null,
      revokedBy: null,
    });
    expect(await devices.getByCredential(first.credentialHash)).toEqual(created);
    expect(await devices.getByCredential('0'.repeat(64))).toBeUndefined();

    const second = await devices.create(newDevice(shop.registerId, shop.staffId, 2_000));
    expect((await devices.listByStore(shop.storeId)).map((d) => d.id)).toEqual([second.id, first.id]);
    expect((await devices.listLive(shop.registerId)).map((d) => d.id)).toEqual([first.id, second.id]);

    expect(await devices.revoke(first.id, 3_000, shop.staffId)).toMatchObject({
      revokedAt: 3_000,
      revokedBy: shop.staffId,
    });
    // Revoking again changes nothing: the first revocation is the one on record.
    expect(await devices.revoke(first.id, 4_000, null)).toMatchObject({ revokedAt: 3_000 });
    expect(await devices.revoke(randomUUID(), 4_000, null)).toBeUndefined();
    expect((await devices.listLive(shop.registerId)).map((d) => d.id)).toEqual([second.id]);
    // Still listed, with its revocation, and still found by its credential (to say it is revoked).
    expect(await devices.getByCredential(first.credentialHash)).toMatchObject({ revokedAt: 3_000 });
    expect(await devices.listByStore(shop.storeId)).toHaveLength(2);
  });

  it('keeps what requests and heartbeats say: last seen, app version, outbox', async () => {
    const { db } = getDb();
    const shop = await seedShop(db);
    const devices = createDeviceRepository(db);
    const device = await devices.create(newDevice(shop.registerId, shop.staffId, 1_000));
    await devices.seen(device.id, 5_000, '0.1.0');
    await devices.seen(device.id, 6_000, null);
    expect(await devices.get(device.id)).toMatchObject({ lastSeenAt: 6_000, appVersion: '0.1.0' });
    await devices.reportOutbox(device.id, { at: 7_000, pending: 3, oldestPendingAt: 4_500 }, '0.2.0');
    expect(await devices.get(device.id)).toMatchObject({
      lastSeenAt: 7_000,
      appVersion: '0.2.0',
      outboxPending: 3,
      outboxOldestAt: 4_500,
    });
    await devices.reportOutbox(device.id, { at: 8_000, pending: 0, oldestPendingAt: null }, null);
    expect(await devices.get(device.id)).toMatchObject({
      appVersion: '0.2.0',
      outboxPending: 0,
      outboxOldestAt: null,
    });
  });

  it('watches live devices of active registers only, with their store’s offline limit', async () => {
    const { db } = getDb();
    const shop = await seedShop(db);
    await createStoreRepository(db).update(shop.storeId, { registerOfflineAlertHours: 6 });
    const registers = createRegisterRepository(db);
    const disabled = await registers.create({
      id: randomUUID(),
      storeId: shop.storeId,
      code: '02',
      name: '二号机',
      active: false,
      createdAt: 0,
    });
    const devices = createDeviceRepository(db);
    const live = await devices.create(newDevice(shop.registerId, shop.staffId, 1_000));
    const revoked = await devices.create(newDevice(shop.registerId, shop.staffId, 900));
    await devices.revoke(revoked.id, 950, shop.staffId);
    const ofDisabled = await devices.create(newDevice(disabled.id, shop.staffId, 1_000));
    const watched = (await devices.listWatched()).filter((d) => d.storeId === shop.storeId);
    expect(watched).toEqual([
      expect.objectContaining({
        id: live.id,
        registerCode: '01',
        registerName: '一号收银台',
        offlineAlertHours: 6,
      }),
    ]);
    expect(watched.map((d) => d.id)).not.toContain(ofDisabled.id);
  });

  it('marks an outage alerted once, and again only after the device was seen since', async () => {
    const { db } = getDb();
    const shop = await seedShop(db);
    const devices = createDeviceRepository(db);
    const device = await devices.create(newDevice(shop.registerId, shop.staffId, 0));
    // Seen at 0; at 25 h the 24 h limit is passed.
    expect(await devices.markOfflineAlerted(device.id, 25 * HOUR, HOUR)).toBe(true);
    // Several checkers at once (several server processes): only one marks it.
    const again = await Promise.all(
      [26, 27, 28].map((h) => devices.markOfflineAlerted(device.id, h * HOUR, (h - 24) * HOUR)),
    );
    expect(again).toEqual([false, false, false]);
    // Back, then gone again: a new outage, alerted once more.
    await devices.seen(device.id, 30 * HOUR, null);
    expect(await devices.markOfflineAlerted(device.id, 40 * HOUR, 16 * HOUR)).toBe(false);
    expect(await devices.markOfflineAlerted(device.id, 55 * HOUR, 31 * HOUR)).toBe(true);
    expect(await devices.get(device.id)).toMatchObject({ offlineAlertedAt: 55 * HOUR });
    // A revoked device is never alerted.
    await devices.seen(device.id, 60 * HOUR, null);
    await devices.revoke(device.id, 61 * HOUR, null);
    expect(await devices.markOfflineAlerted(device.id, 99 * HOUR, 75 * HOUR)).toBe(false);
  });

  it('ends the sessions started on a device (and older ones of its register), and those bound to a register', async () => {
    const { db } = getDb();
    const shop = await seedShop(db);
    const device = await createDeviceRepository(db).create(newDevice(shop.registerId, shop.staffId, 0));
    const sessions = createSessionRepository(db);
    const base = { staffId: shop.staffId, createdAt: 0, expiresAt: 10_000 };
    const onDevice = await sessions.create({
      ...base,
      id: randomUUID(),
      registerId: shop.registerId,
      deviceId: device.id,
    });
    expect(onDevice.deviceId).toBe(device.id);
    const password = await sessions.create({ ...base, id: randomUUID(), registerId: null });
    // A PIN session from before devices were paired: it may have been started on this till.
    const older = await sessions.create({ ...base, id: randomUUID(), registerId: shop.registerId });
    expect((await sessions.deleteByDevice(device.id, shop.registerId)).sort()).toEqual(
      [onDevice.id, older.id].sort(),
    );
    expect(await sessions.get(onDevice.id)).toBeUndefined();
    expect(await sessions.get(password.id)).toMatchObject({ deviceId: null });

    const bound = await sessions.create({ ...base, id: randomUUID(), registerId: shop.registerId });
    expect(await sessions.deleteByRegister(shop.registerId)).toEqual([bound.id]);
    expect(await sessions.get(password.id)).toBeDefined();
  });
});
