import { discountLimitOf, type Permission } from '@kassa/api';
import { createStaffRepository } from '@kassa/db';
import type { AuthSession } from '../../auth/auth-session';
import { HttpError } from '../../http/http-error';
import type { KassaContext } from '../../kassa-context';
import type { SaleActor } from '../../sales/complete-sale';
import { saleActorOf } from '../../sales/sale-actor';

/**
 * Who did a fact that arrives from a register's outbox (a sale, a refund, a cash movement, a shift
 * event), judged against `permission`. Without a name on the entry it is the pusher, who must hold
 * the permission. A named person may have signed out since (or left the shop since: the fact is
 * from when they worked): the register vouches for them when the pusher's session is bound to that
 * register (a PIN session there), or the pusher manages registers; they must be staff of the
 * register's store holding the permission. Sales are judged by the stricter discount limit and
 * rights of the two (a breach is only an alert, never a refusal); the stores are the pusher's.
 */
export async function pushActor(
  ctx: KassaContext,
  auth: AuthSession,
  entry: { readonly registerId: string; readonly storeId: string; readonly staffId: string | undefined },
  permission: Permission,
): Promise<SaleActor> {
  const pusher = saleActorOf(auth);
  const { staffId } = entry;
  if (staffId === undefined || staffId === auth.staffId) {
    if (!auth.permissions.has(permission)) throw new HttpError('forbidden', { permission });
    return pusher;
  }
  const vouched = auth.registerId === entry.registerId || auth.permissions.has('register.manage');
  if (!vouched) throw new HttpError('register_mismatch', { staffId });
  const staff = createStaffRepository(ctx.db);
  const actor = await staff.get(staffId);
  const permissions = actor ? await staff.listPermissions(actor.roleId) : [];
  const allowed =
    permissions.includes(permission) &&
    (actor?.roleId === 'owner' || actor?.storeIds.includes(entry.storeId));
  if (!actor || !allowed) throw new HttpError('staff_not_found', { staffId });
  return {
    ...pusher,
    staffId: actor.id,
    displayName: actor.displayName,
    // The stricter of the two: a pusher cannot lend anyone a larger limit than their own to hide a discount.
    discountLimitBp: Math.min(discountLimitOf(actor.roleId), pusher.discountLimitBp),
    mayOpenPrice: permissions.includes('sale.open_price') && pusher.mayOpenPrice,
  };
}
