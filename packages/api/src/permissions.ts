/**
 * Permissions are what a route declares and a role holds. They are public API: custom roles and API
 * keys are made of them, so names never change meaning once released.
 */
export const PERMISSIONS = [
  'store.read',
  'register.read',
  'catalog.read',
  'catalog.write',
  'sale.create',
  'sale.read',
  'stock.read',
  'journal.verify',
  'shift.operate',
  'drawer.open',
  'shift.report',
  'z_report.take',
  'discount.approve',
  'register.training',
  'refund.create',
  'register.manage',
  'sale.open_price',
  'settings.manage',
  'return.unreceipted',
  'report.read',
  /** Change what alerts a store raises, and when (owners and managers). */
  'alert.manage',
  /** Set up stock locations (owners, managers, stock clerks). */
  'stock.manage',
  /** Write goods off and correct stock by hand (owners, managers, stock clerks). */
  'stock.adjust',
  /** Receive goods into stock at their costs (owners, managers, stock clerks). */
  'stock.receive',
  /** Keep suppliers and their costs, and draft, send and close purchase orders (owners, managers, stock clerks). */
  'purchase.manage',
  /** Ask for goods from another location or store, ship and receive them (owners, managers, stock clerks). */
  'stock.transfer',
  /** Agree to give goods a transfer asks for (owners, managers). */
  'stock.transfer_approve',
  /** Take a location's stock below zero on purpose, e.g. ship goods not yet counted in (owners, managers). */
  'stock.negative',
  /** Take part in stock counts: record what one finds (owners, managers, stock clerks). */
  'stock.count',
  /** Start counts, see what the system expects, have products recounted, post or cancel counts (owners, managers). */
  'stock.count_approve',
] as const;

export type Permission = (typeof PERMISSIONS)[number];

export const ROLES = ['owner', 'manager', 'cashier', 'stock_clerk', 'accountant'] as const;

export type RoleId = (typeof ROLES)[number];

/** What each built-in role may do. The owner holds everything, including permissions added later. */
export const ROLE_PERMISSIONS: Readonly<Record<RoleId, readonly Permission[]>> = {
  owner: PERMISSIONS,
  // The shop's payment credentials and other instance settings stay with the owner.
  manager: PERMISSIONS.filter((permission) => permission !== 'settings.manage'),
  // No X report for cashiers: it shows the expected cash, which would defeat the blind count.
  cashier: [
    'store.read',
    'register.read',
    'catalog.read',
    'sale.create',
    'sale.read',
    'shift.operate',
    'refund.create',
    'sale.open_price',
  ],
  stock_clerk: [
    'store.read',
    'catalog.read',
    'catalog.write',
    'stock.read',
    'stock.manage',
    'stock.adjust',
    'stock.receive',
    'purchase.manage',
    'stock.transfer',
    'stock.count',
  ],
  accountant: [
    'store.read',
    'register.read',
    'catalog.read',
    'sale.read',
    'stock.read',
    'journal.verify',
    'shift.report',
    'report.read',
  ],
};

/**
 * How far each built-in role may reduce a line or a sale on its own, in basis points of the amount
 * (1000 = 10%, i.e. 9折). Beyond it, someone with `discount.approve` and a high enough limit
 * approves on the spot with their PIN, once, for that one discount. Other roles: no discount.
 */
export const ROLE_DISCOUNT_LIMITS: Readonly<Record<RoleId, number>> = {
  owner: 10_000,
  manager: 5_000,
  cashier: 1_000,
  stock_clerk: 0,
  accountant: 0,
};

/** The discount limit of `roleId` in basis points (0 for a role without one). */
export function discountLimitOf(roleId: string): number {
  return Object.hasOwn(ROLE_DISCOUNT_LIMITS, roleId) ? ROLE_DISCOUNT_LIMITS[roleId as RoleId] : 0;
}

/** A route is either public, open to any signed-in user, or guarded by one permission. */
export type Access = Permission | 'public' | 'authenticated';
