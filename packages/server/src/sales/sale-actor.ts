import { discountLimitOf } from '@kassa/api';
import type { AuthSession } from '../auth/auth-session';
import type { SaleActor } from './complete-sale';

/** The signed-in user as the seller of a sale: their stores, register, discount limit and rights. */
export function saleActorOf(auth: AuthSession): SaleActor {
  return {
    staffId: auth.staffId,
    displayName: auth.displayName,
    storeIds: auth.storeIds,
    registerId: auth.registerId,
    discountLimitBp: discountLimitOf(auth.roleId),
    mayOpenPrice: auth.permissions.has('sale.open_price'),
  };
}
