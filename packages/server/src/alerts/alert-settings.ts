import {
  type AlertSettingsBody,
  type AlertSettings as ApiAlertSettings,
  SWITCHABLE_ALERT_KINDS,
} from '@kassa/api';
import { type AlertSettings, createAlertSettingsRepository } from '@kassa/db';
import { recordAudit } from '../audit';
import type { AuthSession } from '../auth/auth-session';
import { HttpError } from '../http/http-error';
import { type KassaContext, transact } from '../kassa-context';
import { visibleStore } from '../stores/visible-store';
import { recordCatalogChange } from '../sync/pull/catalog-change';

/** Stored settings as the API shows them: every switchable kind on or off, sensitivity as a multiplier. */
export function toApiAlertSettings(storeId: string, settings: AlertSettings): ApiAlertSettings {
  const off = new Set(settings.kindsOff);
  return {
    storeId,
    enabled: Object.fromEntries(
      SWITCHABLE_ALERT_KINDS.map((kind) => [kind, !off.has(kind)]),
    ) as ApiAlertSettings['enabled'],
    registerOfflineAlertHours: settings.registerOfflineAlertHours,
    cashVarianceThreshold: settings.cashVarianceThreshold,
    unusualSensitivity: settings.unusualSensitivityTenths / 10,
    unusualMinCount: settings.unusualMinCount,
  };
}

/**
 * The settings of the alerts that watch the staff themselves (a cash variance, a cashier's unusual
 * refunds, voids or no-sales): only the owner (`settings.manage`) changes them, so a manager cannot
 * quietly switch off what would alert the owner about the manager.
 */
export const OWNER_ONLY_ALERT_SETTINGS = [
  'enabled.cash_variance',
  'enabled.unusual_refunds',
  'enabled.unusual_voids',
  'enabled.unusual_no_sales',
  'cashVarianceThreshold',
  'unusualSensitivity',
  'unusualMinCount',
] as const;

function ownerOnlyChanged(was: ApiAlertSettings, now: ApiAlertSettings): boolean {
  const read = (settings: ApiAlertSettings, path: string) =>
    path.startsWith('enabled.')
      ? settings.enabled[path.slice('enabled.'.length) as keyof ApiAlertSettings['enabled']]
      : settings[path as keyof ApiAlertSettings];
  return OWNER_ONLY_ALERT_SETTINGS.some((path) => read(was, path) !== read(now, path));
}

function fromBody(body: AlertSettingsBody): AlertSettings {
  return {
    kindsOff: SWITCHABLE_ALERT_KINDS.filter((kind) => !body.enabled[kind]),
    registerOfflineAlertHours: body.registerOfflineAlertHours,
    cashVarianceThreshold: body.cashVarianceThreshold,
    // The schema allows one decimal; rounding only drops float noise (3.5 * 10 = 35).
    unusualSensitivityTenths: Math.round(body.unusualSensitivity * 10),
    unusualMinCount: body.unusualMinCount,
  };
}

/** A store's alert settings, for a caller who may see the store (404 `store_not_found` otherwise). */
export async function readAlertSettings(
  ctx: KassaContext,
  auth: AuthSession,
  storeId: string,
): Promise<ApiAlertSettings> {
  const store = await visibleStore(ctx, auth, storeId);
  const settings = await createAlertSettingsRepository(ctx.db).get(store.id);
  if (!settings) throw new HttpError('store_not_found');
  return toApiAlertSettings(store.id, settings);
}

/**
 * Replaces a store's alert settings, audited as 'store.alert_settings_changed' with each changed
 * setting's before and after. Those that watch the staff ({@link OWNER_ONLY_ALERT_SETTINGS}) only
 * with `settings.manage` (403 `forbidden` otherwise). The offline limit is also a store field registers pull: changing it
 * tells them (`store.changed`).
 */
export async function changeAlertSettings(
  ctx: KassaContext,
  auth: AuthSession,
  storeId: string,
  body: AlertSettingsBody,
): Promise<ApiAlertSettings> {
  const store = await visibleStore(ctx, auth, storeId);
  return transact(ctx, async (tx) => {
    const settings = createAlertSettingsRepository(tx.db);
    const before = await settings.get(store.id);
    if (!before) throw new HttpError('store_not_found');
    const after = fromBody(body);
    const was = toApiAlertSettings(store.id, before);
    const now = toApiAlertSettings(store.id, after);
    if (!auth.permissions.has('settings.manage') && ownerOnlyChanged(was, now))
      throw new HttpError('forbidden');
    await settings.save(store.id, after);
    const changed = Object.fromEntries(
      (Object.keys(now) as (keyof ApiAlertSettings)[])
        .filter((key) => JSON.stringify(was[key]) !== JSON.stringify(now[key]))
        .map((key) => [key, { from: was[key], to: now[key] }]),
    );
    await recordAudit(tx, {
      action: 'store.alert_settings_changed',
      staffId: auth.staffId,
      storeId: store.id,
      targetType: 'store',
      targetId: store.id,
      detail: changed,
    });
    if (before.registerOfflineAlertHours !== after.registerOfflineAlertHours)
      await recordCatalogChange(tx, { kind: 'store', id: store.id });
    return now;
  });
}
