import type { Me } from '@kassa/api';

/** Owners and managers run the shop: they enrol registers and choose between register and back office. */
export function isManager(me: Me): boolean {
  return me.role === 'owner' || me.role === 'manager';
}

/** May use the back office at all (products or sales). */
export function canUseBackoffice(me: Me): boolean {
  if (me.role === 'cashier') return false;
  return me.permissions.includes('catalog.read') || me.permissions.includes('sale.read');
}

/** May ring up sales at a register. */
export function canSell(me: Me): boolean {
  return me.permissions.includes('sale.create');
}

/** Where a user lands after signing in without a `next`: cashiers at the register, others at home. */
export function homePath(me: Me): string {
  if (me.role === 'cashier') return '/register';
  return '/';
}
