import type { Kysely } from 'kysely';
import { createEventRepository } from './event-repository';
import { inTransaction } from './in-transaction';
import { fromJsonText, toJsonText } from './json-text';
import type { Schema } from './schema';

/** Something recorded anyway that the owner should look at (see migration 0021). */
export interface Alert {
  id: string;
  storeId: string;
  /** e.g. 'negative_stock', 'sale_price_outdated'. */
  kind: string;
  refId: string | null;
  /** The figures behind it, as a plain object. */
  details: Record<string, unknown>;
  createdAt: number;
  readAt: number | null;
}

/**
 * A new alert: unread. With a `dedupeKey` (unique per store, e.g. kind, cashier and business date)
 * it is raised at most once: raising it again adds nothing.
 */
export type NewAlert = Omit<Alert, 'readAt'> & { dedupeKey?: string | undefined };

/** The event type every alert is also appended as (ADR 0011). */
export const ALERT_RAISED = 'alert.raised';

/** Alerts of the instance. */
export interface AlertRepository {
  /**
   * Adds alerts in the caller's transaction, each with its `alert.raised` event (payload: id,
   * storeId, kind, refId, details, createdAt), so every alert also reaches the phones' live stream.
   * An alert whose dedupe key its store already has is left out (also against a concurrent writer:
   * the unique index decides). Answers the alerts added. No query at all for none: sales call it
   * every time. Appends events, so call it where a transaction may take the event counter (last).
   */
  raise(alerts: readonly NewAlert[]): Promise<NewAlert[]>;
  /** The store's alerts, newest first, at most `limit`. */
  list(storeId: string, limit: number): Promise<Alert[]>;
  /** Alerts about `refId` (a sale, a product…), oldest first. */
  listFor(refId: string): Promise<Alert[]>;
  /** The stores' alerts, newest first, at most `limit`; only unread ones when asked. */
  listOf(storeIds: readonly string[], options: { unread: boolean; limit: number }): Promise<Alert[]>;
  /** How many of the stores' alerts are unread. */
  countUnread(storeIds: readonly string[]): Promise<number>;
  get(id: string): Promise<Alert | undefined>;
  /** Marks the alerts read at `at` (those still unread); answers how many it marked. */
  markRead(storeIds: readonly string[], at: number, id?: string): Promise<number>;
}

type AlertRow = {
  id: string;
  store_id: string;
  kind: string;
  ref_id: string | null;
  details_json: string;
  created_at: number;
  read_at: number | null;
};

function toAlert(row: AlertRow): Alert {
  return {
    id: row.id,
    storeId: row.store_id,
    kind: row.kind,
    refId: row.ref_id,
    details: fromJsonText(row.details_json) as Record<string, unknown>,
    createdAt: row.created_at,
    readAt: row.read_at,
  };
}

/** Alerts on `db`, which may be a transaction. */
export function createAlertRepository(db: Kysely<Schema>): AlertRepository {
  const raise = async (alerts: readonly NewAlert[]): Promise<NewAlert[]> => {
    if (alerts.length === 0) return [];
    return inTransaction(db, async (trx) => {
      const added = await trx
        .insertInto('alerts')
        .values(
          alerts.map((alert) => ({
            id: alert.id,
            store_id: alert.storeId,
            kind: alert.kind,
            ref_id: alert.refId,
            details_json: toJsonText(alert.details),
            created_at: alert.createdAt,
            read_at: null,
            dedupe_key: alert.dedupeKey ?? null,
          })),
        )
        .onConflict((oc) => oc.columns(['store_id', 'dedupe_key']).doNothing())
        .returning('id')
        .execute();
      const ids = new Set(added.map((row) => row.id));
      const raised = alerts.filter((alert) => ids.has(alert.id));
      const events = createEventRepository(trx);
      for (const alert of raised) {
        await events.append({
          storeId: alert.storeId,
          type: ALERT_RAISED,
          refId: alert.id,
          payload: {
            id: alert.id,
            storeId: alert.storeId,
            kind: alert.kind,
            refId: alert.refId,
            details: alert.details,
            createdAt: alert.createdAt,
          },
          createdAt: alert.createdAt,
        });
      }
      return raised;
    });
  };
  return {
    raise,
    async list(storeId, limit) {
      const rows = await db
        .selectFrom('alerts')
        .selectAll()
        .where('store_id', '=', storeId)
        .orderBy('created_at', 'desc')
        .orderBy('id')
        .limit(limit)
        .execute();
      return rows.map(toAlert);
    },
    async listOf(storeIds, options) {
      if (storeIds.length === 0) return [];
      let select = db
        .selectFrom('alerts')
        .selectAll()
        .where('store_id', 'in', [...storeIds]);
      if (options.unread) select = select.where('read_at', 'is', null);
      const rows = await select
        .orderBy('created_at', 'desc')
        .orderBy('id', 'desc')
        .limit(options.limit)
        .execute();
      return rows.map(toAlert);
    },
    async countUnread(storeIds) {
      if (storeIds.length === 0) return 0;
      const row = await db
        .selectFrom('alerts')
        .select((eb) => eb.fn.countAll<number | string>().as('count'))
        .where('store_id', 'in', [...storeIds])
        .where('read_at', 'is', null)
        .executeTakeFirstOrThrow();
      return Number(row.count);
    },
    async get(id) {
      const row = await db.selectFrom('alerts').selectAll().where('id', '=', id).executeTakeFirst();
      return row && toAlert(row);
    },
    async markRead(storeIds, at, id) {
      if (storeIds.length === 0) return 0;
      let update = db
        .updateTable('alerts')
        .set({ read_at: at })
        .where('store_id', 'in', [...storeIds])
        .where('read_at', 'is', null);
      if (id !== undefined) update = update.where('id', '=', id);
      const result = await update.executeTakeFirst();
      return Number(result.numUpdatedRows);
    },
    async listFor(refId) {
      const rows = await db
        .selectFrom('alerts')
        .selectAll()
        .where('ref_id', '=', refId)
        .orderBy('created_at')
        .orderBy('id')
        .execute();
      return rows.map(toAlert);
    },
  };
}
