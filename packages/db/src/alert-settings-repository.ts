import type { Kysely } from 'kysely';
import { fromJsonText, toJsonText } from './json-text';
import type { Schema } from './schema';

/** A store's alert settings (migration 0025, and its offline limit from 0022). */
export interface AlertSettings {
  /** Alert kinds the store turned off; any other kind is on. */
  kindsOff: string[];
  /** After how many hours offline a register alerts. */
  registerOfflineAlertHours: number;
  /** Minor units: a shift close with |counted − expected| above this alerts. */
  cashVarianceThreshold: number;
  /** How many robust spreads make a cashier's day unusual, in tenths (35 = 3.5). */
  unusualSensitivityTenths: number;
  /** A cashier's day with fewer refunds (voids, no-sales) than this is never unusual. */
  unusualMinCount: number;
}

/** The alert settings of stores, kept on their store rows. */
export interface AlertSettingsRepository {
  /** The store's settings; undefined for an unknown store. */
  get(storeId: string): Promise<AlertSettings | undefined>;
  /** Every store's settings, by store id (for a check over all stores). */
  list(): Promise<Map<string, AlertSettings>>;
  /** Replaces the store's settings; answers false for an unknown store. */
  save(storeId: string, settings: AlertSettings): Promise<boolean>;
}

const COLUMNS = [
  'id',
  'alert_kinds_off',
  'register_offline_alert_hours',
  'cash_variance_alert_threshold',
  'unusual_sensitivity_tenths',
  'unusual_min_count',
] as const;

type SettingsRow = {
  alert_kinds_off: string;
  register_offline_alert_hours: number;
  cash_variance_alert_threshold: number;
  unusual_sensitivity_tenths: number;
  unusual_min_count: number;
};

function toSettings(row: SettingsRow): AlertSettings {
  const off = fromJsonText(row.alert_kinds_off);
  return {
    // Written only by Kassa; anything else reads as "all on" rather than failing a sale.
    kindsOff: Array.isArray(off) ? off.filter((kind): kind is string => typeof kind === 'string') : [],
    registerOfflineAlertHours: row.register_offline_alert_hours,
    cashVarianceThreshold: row.cash_variance_alert_threshold,
    unusualSensitivityTenths: row.unusual_sensitivity_tenths,
    unusualMinCount: row.unusual_min_count,
  };
}

/** Alert settings on `db`, which may be a transaction. */
export function createAlertSettingsRepository(db: Kysely<Schema>): AlertSettingsRepository {
  return {
    async get(storeId) {
      const row = await db.selectFrom('stores').select(COLUMNS).where('id', '=', storeId).executeTakeFirst();
      return row && toSettings(row);
    },
    async list() {
      const rows = await db.selectFrom('stores').select(COLUMNS).execute();
      return new Map(rows.map((row) => [row.id, toSettings(row)]));
    },
    async save(storeId, settings) {
      const result = await db
        .updateTable('stores')
        .set({
          alert_kinds_off: toJsonText([...new Set(settings.kindsOff)].sort()),
          register_offline_alert_hours: settings.registerOfflineAlertHours,
          cash_variance_alert_threshold: settings.cashVarianceThreshold,
          unusual_sensitivity_tenths: settings.unusualSensitivityTenths,
          unusual_min_count: settings.unusualMinCount,
        })
        .where('id', '=', storeId)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    },
  };
}
