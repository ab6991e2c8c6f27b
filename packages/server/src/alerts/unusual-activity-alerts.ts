import { type ActivityBaseline, type ActivityRule, addDays, businessDate, judgeActivity } from '@kassa/core';
import {
  createAlertRepository,
  createAlertSettingsRepository,
  createRollupRepository,
  createStaffRepository,
  createStoreRepository,
  type NewAlert,
  type RollupMeasure,
  type RollupRow,
} from '@kassa/db';
import { type KassaContext, newId, transact } from '../kassa-context';
import { isAlertOn } from './alerts-turned-on';

/** The unusual-activity alert kinds, with the staff rollup measure each counts and its amount. */
export const UNUSUAL_ACTIVITY = [
  { kind: 'unusual_refunds', count: 'refunds', amount: 'refunded' },
  { kind: 'unusual_voids', count: 'voids', amount: 'voided' },
  { kind: 'unusual_no_sales', count: 'no_sales', amount: null },
] as const satisfies readonly { kind: string; count: RollupMeasure; amount: RollupMeasure | null }[];

type ActivityKind = (typeof UNUSUAL_ACTIVITY)[number];

/** How many business days before the day judged make its history (four of each weekday). */
export const HISTORY_DAYS = 28;

/** A cashier's day found unusual: what to alert. */
export type UnusualDay = {
  readonly kind: ActivityKind['kind'];
  readonly staffId: string;
  readonly businessDate: string;
  readonly count: number;
  /** Money refunded or voided that day (minor units); null for no-sales. */
  readonly amount: number | null;
  readonly own: ActivityBaseline;
  readonly store: ActivityBaseline;
};

/**
 * The cashiers' days among `days` that `judgeActivity` finds unusual, from a store's staff rollups
 * (`rows`: by business date and staff id, covering each day and the {@link HISTORY_DAYS} before).
 * A cashier worked on a day when they have a row for it: days off are not counted as zero. The
 * store's history is every cashier's worked days in the window.
 */
export function findUnusualDays(
  rows: readonly RollupRow[],
  days: readonly string[],
  kinds: readonly ActivityKind[],
  rule: ActivityRule,
): UnusualDay[] {
  const found: UnusualDay[] = [];
  for (const day of days) {
    const first = addDays(day, -HISTORY_DAYS);
    const history = rows.filter(
      (row) => row.businessDate !== null && row.businessDate >= first && row.businessDate < day,
    );
    for (const row of rows.filter((r) => r.businessDate === day && r.key !== null)) {
      const staffId = row.key as string;
      const own = history.filter((r) => r.key === staffId);
      for (const activity of kinds) {
        const verdict = judgeActivity(
          {
            count: row.measures[activity.count],
            own: own.map((r) => r.measures[activity.count]),
            store: history.map((r) => r.measures[activity.count]),
          },
          rule,
        );
        if (verdict.verdict !== 'unusual') continue;
        found.push({
          kind: activity.kind,
          staffId,
          businessDate: day,
          count: row.measures[activity.count],
          amount: activity.amount === null ? null : row.measures[activity.amount],
          own: verdict.own,
          store: verdict.store,
        });
      }
    }
  }
  return found;
}

/**
 * One look at every store's staff rollups: each cashier whose refunds, voids or no-sales of the
 * current business day, or of the day just closed (late facts from registers' outboxes land there),
 * are unusual against both their own history and the store's (see `judgeActivity`, ADR 0011)
 * raises `unusual_refunds`, `unusual_voids` or `unusual_no_sales` — at most once per cashier, kind
 * and business date, by the alert's dedupe key, so several server processes may run it at once.
 * Stores follow their own settings (kinds on, sensitivity, minimum count). One rollup read per
 * store. Answers how many alerts it raised.
 */
export async function raiseUnusualActivityAlerts(ctx: KassaContext): Promise<number> {
  const now = ctx.clock();
  const settings = await createAlertSettingsRepository(ctx.db).list();
  let raised = 0;
  for (const store of await createStoreRepository(ctx.db).list()) {
    const storeSettings = settings.get(store.id);
    if (!storeSettings) continue;
    const kinds = UNUSUAL_ACTIVITY.filter((activity) => isAlertOn(storeSettings, activity.kind));
    if (kinds.length === 0) continue;
    const today = businessDate(now, store.timeZone, store.businessDayCutoverMinutes);
    const yesterday = addDays(today, -1);
    const rows = await createRollupRepository(ctx.db).sum({
      storeIds: [store.id],
      dimension: 'staff',
      from: addDays(yesterday, -HISTORY_DAYS),
      to: today,
      by: 'date_key',
    });
    const rule = {
      sensitivity: storeSettings.unusualSensitivityTenths / 10,
      minCount: storeSettings.unusualMinCount,
    };
    const found = findUnusualDays(rows, [yesterday, today], kinds, rule);
    if (found.length === 0) continue;
    const added = await transact(ctx, async (tx) => {
      const staff = createStaffRepository(tx.db);
      const alerts: NewAlert[] = [];
      for (const day of found) {
        alerts.push({
          id: newId(tx),
          storeId: store.id,
          kind: day.kind,
          refId: day.staffId,
          details: {
            staffId: day.staffId,
            staffName: (await staff.get(day.staffId))?.displayName ?? '',
            businessDate: day.businessDate,
            count: day.count,
            ...(day.amount === null ? {} : { amount: day.amount }),
            usual: day.own.usual,
            storeUsual: day.store.usual,
            score: day.own.score,
            storeScore: day.store.score,
            sensitivity: rule.sensitivity,
          },
          createdAt: now,
          dedupeKey: `${day.kind}:${day.staffId}:${day.businessDate}`,
        });
      }
      return createAlertRepository(tx.db).raise(alerts);
    });
    raised += added.length;
  }
  return raised;
}
