import { operableRegister } from '../shifts/shift-actor';
import { readQuickKeys, setQuickKeys } from '../stores/quick-keys';
import type { AppServices } from './app-services';
import type { RouteHandlers } from './route-handlers';

type QuickKeyRoutes = Pick<RouteHandlers, 'quickKeys' | 'setQuickKeys'>;

/** A register's favourites grid (常用商品): read at the register, set by a manager there or in the back office. */
export function quickKeyRoutes({ ctx }: AppServices): QuickKeyRoutes {
  return {
    quickKeys: ({ auth, params }) => readQuickKeys(ctx, auth, params.registerId),
    setQuickKeys: async ({ auth, params, body }) => {
      const { register } = await operableRegister(ctx, auth, params.registerId);
      return setQuickKeys(ctx, register, body, auth.staffId);
    },
  };
}
