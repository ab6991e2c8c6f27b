import type { Alert, AlertList } from '@kassa/api';
import { createAlertRepository } from '@kassa/db';
import { type AuthSession, canSeeStore } from '../auth/auth-session';
import { HttpError } from '../http/http-error';
import type { KassaContext } from '../kassa-context';
import { reportStores } from './report-stores';

async function storeIdsOf(
  ctx: KassaContext,
  auth: AuthSession,
  storeId: string | undefined,
): Promise<string[]> {
  // Alerts are not money: stores in different currencies list them together.
  const { stores } = await reportStores(ctx, auth, storeId, { sameCurrency: false });
  return stores.map((store) => store.id);
}

/** Alerts of one store or of every store the caller may see, newest first, with the unread count. */
export async function listAlerts(
  ctx: KassaContext,
  auth: AuthSession,
  query: { readonly storeId?: string | undefined; readonly unread: boolean; readonly limit: number },
): Promise<AlertList> {
  const storeIds = await storeIdsOf(ctx, auth, query.storeId);
  const alerts = createAlertRepository(ctx.db);
  const [items, unread] = await Promise.all([
    alerts.listOf(storeIds, { unread: query.unread, limit: query.limit }),
    alerts.countUnread(storeIds),
  ]);
  return { items, unread };
}

/** Marks one alert read (once: a second call keeps the first time). */
export async function readAlert(ctx: KassaContext, auth: AuthSession, alertId: string): Promise<Alert> {
  const alerts = createAlertRepository(ctx.db);
  const alert = await alerts.get(alertId);
  if (!alert || !canSeeStore(auth, alert.storeId)) throw new HttpError('alert_not_found');
  await alerts.markRead([alert.storeId], ctx.clock(), alert.id);
  return (await alerts.get(alertId)) ?? alert;
}

/** Marks every unread alert of a store, or of every store the caller may see, read. */
export async function readAllAlerts(
  ctx: KassaContext,
  auth: AuthSession,
  storeId: string | undefined,
): Promise<{ marked: number }> {
  const storeIds = await storeIdsOf(ctx, auth, storeId);
  return { marked: await createAlertRepository(ctx.db).markRead(storeIds, ctx.clock()) };
}
