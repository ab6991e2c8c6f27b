import { defineRoute } from './route';
import { QuickKeys, QuickKeysBody } from './schemas/quick-key';
import { RegisterParams } from './schemas/shift';

/** A register's favourites grid (常用商品): the keys a cashier taps, or presses Alt+1…9 for. */
export const quickKeyRoutes = {
  quickKeys: defineRoute({
    method: 'GET',
    path: '/api/v1/registers/{registerId}/quick-keys',
    summary: "A register's favourite keys in order (keys of products no longer sold are left out)",
    tag: 'stores',
    access: 'catalog.read',
    params: RegisterParams,
    response: QuickKeys,
    errors: ['register_not_found'],
  }),
  setQuickKeys: defineRoute({
    method: 'PUT',
    path: '/api/v1/registers/{registerId}/quick-keys',
    summary: "Replace a register's favourite keys (at most 48, each product once), all at once",
    tag: 'stores',
    access: 'register.manage',
    params: RegisterParams,
    body: QuickKeysBody,
    response: QuickKeys,
    errors: [
      'register_not_found',
      'register_mismatch',
      'product_not_found',
      'product_inactive',
      'quick_key_duplicate',
      'too_many_quick_keys',
    ],
  }),
} as const;
