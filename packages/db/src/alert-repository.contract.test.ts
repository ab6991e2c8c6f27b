import { randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import { ALERT_RAISED, createAlertRepository, type NewAlert } from './alert-repository';
import { createAlertSettingsRepository } from './alert-settings-repository';
import { createEventRepository } from './event-repository';
import { inTransaction } from './in-transaction';
import { describeEachDialect, seedShop } from './testing';

describeEachDialect(
  'alert repository',
  (getDb) => {
    const alertOf = (storeId: string, extra: Partial<NewAlert> = {}): NewAlert => ({
      id: randomUUID(),
      storeId,
      kind: 'unusual_refunds',
      refId: 'staff-1',
      details: { count: 6 },
      createdAt: 1_700_000_000_000,
      ...extra,
    });

    it('raises each alert with its alert.raised event, in one transaction', async () => {
      const { db } = getDb();
      const shop = await seedShop(db);
      const events = createEventRepository(db);
      const seq = await events.lastSeq();
      const alert = alertOf(shop.storeId, { kind: 'negative_stock', refId: null, details: { onHand: -1 } });
      expect(await createAlertRepository(db).raise([alert])).toEqual([alert]);
      expect(await events.listSince(seq, 10)).toEqual([
        {
          seq: seq + 1,
          storeId: shop.storeId,
          type: ALERT_RAISED,
          refId: alert.id,
          payload: {
            id: alert.id,
            storeId: shop.storeId,
            kind: 'negative_stock',
            refId: null,
            details: { onHand: -1 },
            createdAt: alert.createdAt,
          },
          createdAt: alert.createdAt,
        },
      ]);
      // Rolled back with the transaction it was raised in: neither the alert nor its event stays.
      const lost = alertOf(shop.storeId);
      await expect(
        inTransaction(db, async (trx) => {
          await createAlertRepository(trx).raise([lost]);
          throw new Error('the sale failed');
        }),
      ).rejects.toThrow('the sale failed');
      expect(await createAlertRepository(db).get(lost.id)).toBeUndefined();
      expect(await events.lastSeq()).toBe(seq + 1);
      expect(await createAlertRepository(db).raise([])).toEqual([]);
    });

    it('raises an alert with a dedupe key once per store, also from concurrent writers', async () => {
      const { db } = getDb();
      const [shop, other] = [await seedShop(db), await seedShop(db)];
      const alerts = createAlertRepository(db);
      const seq = await createEventRepository(db).lastSeq();
      const key = 'unusual_refunds:staff-1:2025-01-15';
      const raised = await Promise.all(
        Array.from({ length: 5 }, () =>
          inTransaction(db, (trx) =>
            createAlertRepository(trx).raise([alertOf(shop.storeId, { dedupeKey: key })]),
          ),
        ),
      );
      expect(raised.flat()).toHaveLength(1);
      // Another store may have the same key; alerts without a key never collide.
      expect(await alerts.raise([alertOf(other.storeId, { dedupeKey: key })])).toHaveLength(1);
      expect(await alerts.raise([alertOf(shop.storeId), alertOf(shop.storeId)])).toHaveLength(2);
      expect(await alerts.raise([alertOf(shop.storeId, { dedupeKey: key })])).toEqual([]);
      expect((await alerts.list(shop.storeId, 10)).length).toBe(3);
      const appended = await createEventRepository(db).listSince(seq, 100);
      expect(appended.filter((event) => event.type === ALERT_RAISED)).toHaveLength(4);
    });

    it('keeps each store’s alert settings, defaulting to all on', async () => {
      const { db } = getDb();
      const shop = await seedShop(db);
      const settings = createAlertSettingsRepository(db);
      expect(await settings.get(shop.storeId)).toEqual({
        kindsOff: [],
        registerOfflineAlertHours: 24,
        cashVarianceThreshold: 5000,
        unusualSensitivityTenths: 35,
        unusualMinCount: 3,
      });
      const changed = {
        kindsOff: ['unusual_voids', 'low_stock', 'low_stock'],
        registerOfflineAlertHours: 6,
        cashVarianceThreshold: 100,
        unusualSensitivityTenths: 50,
        unusualMinCount: 4,
      };
      expect(await settings.save(shop.storeId, changed)).toBe(true);
      expect(await settings.get(shop.storeId)).toEqual({
        ...changed,
        kindsOff: ['low_stock', 'unusual_voids'],
      });
      expect((await settings.list()).get(shop.storeId)?.cashVarianceThreshold).toBe(100);
      expect(await settings.save(randomUUID(), changed)).toBe(false);
      expect(await settings.get(randomUUID())).toBeUndefined();
    });
  },
  { poolSize: 10 },
);
