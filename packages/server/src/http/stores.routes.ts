import {
  createRegisterRepository,
  createStockRepository,
  createStoreRepository,
  type StockLevel,
} from '@kassa/db';
import { recordAudit } from '../audit';
import { canSeeStore } from '../auth/auth-session';
import { transact } from '../kassa-context';
import { operableRegister } from '../shifts/shift-actor';
import { toApiRegister } from '../stores/register-view';
import { setTraining } from '../stores/set-training';
import { toApiStore } from '../stores/store-view';
import { visibleStore } from '../stores/visible-store';
import { recordCatalogChange } from '../sync/pull/catalog-change';
import type { AppServices } from './app-services';
import { HttpError } from './http-error';
import type { RouteHandlers } from './route-handlers';

type StoreRoutes = Pick<
  RouteHandlers,
  | 'listStores'
  | 'updateStore'
  | 'listRegisters'
  | 'setRegisterTraining'
  | 'setRegisterPrinter'
  | 'setRegisterHandover'
  | 'listStock'
>;

/** Stores, their registers (and training mode) and stock on hand, scoped to the stores the caller may see. */
export function storeRoutes({ ctx }: AppServices): StoreRoutes {
  return {
    listStores: async ({ auth }) => {
      const stores = await createStoreRepository(ctx.db).list();
      return { items: stores.filter((store) => canSeeStore(auth, store.id)).map(toApiStore) };
    },
    updateStore: async ({ auth, params, body }) => {
      const store = await visibleStore(ctx, auth, params.storeId);
      const updated = await transact(ctx, async (tx) => {
        // Only the fields sent change; an absent one is not a null.
        const patch = Object.fromEntries(Object.entries(body).filter(([, value]) => value !== undefined));
        const changed = await createStoreRepository(tx.db).update(store.id, patch);
        await recordAudit(tx, {
          action: 'store.updated',
          staffId: auth.staffId,
          storeId: store.id,
          targetType: 'store',
          targetId: store.id,
          detail: body,
        });
        await recordCatalogChange(tx, { kind: 'store', id: store.id });
        return changed;
      });
      if (!updated) throw new HttpError('store_not_found');
      return toApiStore(updated);
    },
    listRegisters: async ({ auth, params }) => {
      const store = await visibleStore(ctx, auth, params.storeId);
      const registers = await createRegisterRepository(ctx.db).listByStore(store.id);
      return { items: registers.map(toApiRegister) };
    },
    setRegisterTraining: ({ auth, params, body }) => setTraining(ctx, auth, params.registerId, body.training),
    setRegisterPrinter: async ({ auth, params, body }) => {
      const { register } = await operableRegister(ctx, auth, params.registerId);
      const updated = await createRegisterRepository(ctx.db).update(register.id, { printer: body.printer });
      if (!updated) throw new HttpError('register_not_found');
      await recordAudit(ctx, {
        action: 'register.printer_set',
        staffId: auth.staffId,
        storeId: register.storeId,
        targetType: 'register',
        targetId: register.id,
        detail: { printer: body.printer },
      });
      return toApiRegister(updated);
    },
    setRegisterHandover: async ({ auth, params, body }) => {
      const { register } = await operableRegister(ctx, auth, params.registerId);
      const updated = await createRegisterRepository(ctx.db).update(register.id, {
        handoverTimes: body.times,
      });
      if (!updated) throw new HttpError('register_not_found');
      await recordAudit(ctx, {
        action: 'register.handover_set',
        staffId: auth.staffId,
        storeId: register.storeId,
        targetType: 'register',
        targetId: register.id,
        detail: { times: body.times },
      });
      return toApiRegister(updated);
    },
    listStock: async ({ auth, params, query }) => {
      const store = await visibleStore(ctx, auth, params.storeId);
      const levels = await createStockRepository(ctx.db).listLevels(
        store.id,
        query.productId === undefined ? undefined : [query.productId],
      );
      return { items: storeStock(levels, store.salesFloorId) };
    },
  };
}

/** The store's levels (by product, then location) as one item per product. */
function storeStock(levels: readonly StockLevel[], salesFloorId: string) {
  const items: {
    productId: string;
    onHand: number;
    salesFloorOnHand: number;
    reorderPoint: number | null;
    locations: { locationId: string; onHand: number }[];
  }[] = [];
  for (const level of levels) {
    let item = items.at(-1);
    if (item?.productId !== level.productId) {
      item = {
        productId: level.productId,
        onHand: 0,
        salesFloorOnHand: 0,
        reorderPoint: null,
        locations: [],
      };
      items.push(item);
    }
    item.onHand += level.onHand;
    item.locations.push({ locationId: level.locationId, onHand: level.onHand });
    if (level.locationId === salesFloorId) {
      item.salesFloorOnHand = level.onHand;
      item.reorderPoint = level.reorderPoint;
    }
  }
  return items;
}
