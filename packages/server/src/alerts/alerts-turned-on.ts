import { SWITCHABLE_ALERT_KINDS } from '@kassa/api';
import { type AlertSettings, createAlertSettingsRepository, type NewAlert, type Schema } from '@kassa/db';
import type { Kysely } from 'kysely';

const SWITCHABLE: ReadonlySet<string> = new Set(SWITCHABLE_ALERT_KINDS);

/** Whether the store raises alerts of `kind` (kinds that cannot be switched are always on). */
export function isAlertOn(settings: Pick<AlertSettings, 'kindsOff'>, kind: string): boolean {
  return !SWITCHABLE.has(kind) || !settings.kindsOff.includes(kind);
}

/**
 * The alerts the store has not turned off. Reads its settings only when one of them could be off:
 * a sale's alerts are usually none, and its rule breaches are always on.
 */
export async function alertsTurnedOn<T extends Pick<NewAlert, 'kind'>>(
  db: Kysely<Schema>,
  storeId: string,
  alerts: readonly T[],
): Promise<T[]> {
  if (!alerts.some((alert) => SWITCHABLE.has(alert.kind))) return [...alerts];
  const settings = await createAlertSettingsRepository(db).get(storeId);
  return settings ? alerts.filter((alert) => isAlertOn(settings, alert.kind)) : [...alerts];
}
