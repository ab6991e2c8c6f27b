import type { Me } from '@kassa/api';

/** Owners and managers run the shop: they enrol registers and choose between register and back office. */
export function isManager(me: Me): boolean {
  return me.role === 'owner' || me.role === 'manager';
}

/** May read the sales reports, today's figures and the alerts. */
export function canReadReports(me: Me): boolean {
  return me.permissions.includes('report.read');
}

/** May use the back office at all (products, sales or reports). */
export function canUseBackoffice(me: Me): boolean {
  if (me.role === 'cashier') return false;
  return (
    me.permissions.includes('catalog.read') || me.permissions.includes('sale.read') || canReadReports(me)
  );
}

/** Where the back office opens: today's figures for those who read reports, the products for others. */
export function backofficeHome(me: Me): string {
  return canReadReports(me) ? '/backoffice/today' : '/backoffice/products';
}

/** May ring up sales at a register. */
export function canSell(me: Me): boolean {
  return me.permissions.includes('sale.create');
}

/**
 * Where a user lands after signing in without a `next`: cashiers at the register, those who read
 * reports at today's figures (the owner's phone), others at home.
 */
export function homePath(me: Me): string {
  if (me.role === 'cashier') return '/register';
  if (canUseBackoffice(me) && canReadReports(me)) return '/backoffice/today';
  return '/';
}
