import { discountLimitOf } from '@kassa/api';
import { createStaffRepository } from '@kassa/db';
import type { AuthSession } from '../../auth/auth-session';
import { HttpError } from '../../http/http-error';
import type { KassaContext } from '../../kassa-context';
import type { SaleActor } from '../../sales/complete-sale';
import { saleActorOf } from '../../sales/sale-actor';

/**
 * Who made a sale that arrives from a register's outbox. It may have been rung up by a cashier who
 * has signed out since: the entry names them, and the register vouches for them when the pusher's
 * session is bound to that register (a PIN session there), or the pusher manages registers. The
 * seller must be active staff of the register's store who may sell. The sale is judged by the
 * stricter discount limit and rights of seller and pusher (a breach is only an alert, never a
 * refusal); the stores are the pusher's (the pusher must see the register's store).
 */
export async function pushSeller(
  ctx: KassaContext,
  auth: AuthSession,
  registerId: string,
  storeId: string,
  staffId: string | undefined,
): Promise<SaleActor> {
  const pusher = saleActorOf(auth);
  if (staffId === undefined || staffId === auth.staffId) return pusher;
  const vouched = auth.registerId === registerId || auth.permissions.has('register.manage');
  if (!vouched) throw new HttpError('register_mismatch', { staffId });
  const staff = createStaffRepository(ctx.db);
  const seller = await staff.get(staffId);
  const permissions = seller ? await staff.listPermissions(seller.roleId) : [];
  const sells =
    seller?.active === true &&
    permissions.includes('sale.create') &&
    (seller.roleId === 'owner' || seller.storeIds.includes(storeId));
  if (!seller || !sells) throw new HttpError('staff_not_found', { staffId });
  return {
    ...pusher,
    staffId: seller.id,
    displayName: seller.displayName,
    // The stricter of the two: a pusher cannot lend anyone a larger limit than their own to hide a discount.
    discountLimitBp: Math.min(discountLimitOf(seller.roleId), pusher.discountLimitBp),
    mayOpenPrice: permissions.includes('sale.open_price') && pusher.mayOpenPrice,
  };
}
