import type { StockLocation as ApiStockLocation } from '@kassa/api';
import {
  createStockLocationRepository,
  createStockRepository,
  type StockLocation,
  UniqueViolationError,
} from '@kassa/db';
import { recordAudit } from '../audit';
import { type AuthSession, canSeeStore } from '../auth/auth-session';
import { HttpError } from '../http/http-error';
import { type KassaContext, newId, transact } from '../kassa-context';
import { visibleStore } from '../stores/visible-store';

/** A store's stock locations (库位): its sales floor first, then the others by name. */
export async function listStockLocations(
  ctx: KassaContext,
  auth: AuthSession,
  storeId: string,
): Promise<ApiStockLocation[]> {
  const store = await visibleStore(ctx, auth, storeId);
  return (await createStockLocationRepository(ctx.db).list([store.id])).map(toApiStockLocation);
}

/**
 * Adds a location to a store (a back room, a shelf for damaged goods), in use; audited. A store has
 * its one sales floor from the start, so only other kinds are added.
 * @throws HttpError `store_not_found`, `stock_location_name_taken`.
 */
export async function createStockLocation(
  ctx: KassaContext,
  auth: AuthSession,
  storeId: string,
  input: { readonly name: string; readonly kind: 'storage' | 'warehouse' | 'damaged' },
): Promise<ApiStockLocation> {
  const store = await visibleStore(ctx, auth, storeId);
  return nameTaken(input.name, () =>
    transact(ctx, async (tx) => {
      const location = await createStockLocationRepository(tx.db).create({
        id: newId(tx),
        storeId: store.id,
        name: input.name,
        kind: input.kind,
        active: true,
        createdAt: tx.clock(),
      });
      await recordAudit(tx, {
        action: 'stock_location.created',
        staffId: auth.staffId,
        storeId: store.id,
        targetType: 'stock_location',
        targetId: location.id,
        detail: { name: location.name, kind: location.kind },
      });
      return toApiStockLocation(location);
    }),
  );
}

/**
 * Renames a location, or takes it out of use and back; audited. The sales floor stays in use (every
 * sale takes goods from it), and a location is closed only with nothing on hand, not even a
 * shortfall: its goods would be out of sight.
 * @throws HttpError `stock_location_not_found`, `stock_location_name_taken`, `sales_floor_in_use`,
 * `stock_location_not_empty`.
 */
export async function updateStockLocation(
  ctx: KassaContext,
  auth: AuthSession,
  locationId: string,
  patch: { readonly name?: string | undefined; readonly active?: boolean | undefined },
): Promise<ApiStockLocation> {
  return nameTaken(patch.name ?? '', () =>
    transact(ctx, async (tx) => {
      const locations = createStockLocationRepository(tx.db);
      const location = await locations.get(locationId);
      if (!location || !canSeeStore(auth, location.storeId)) throw new HttpError('stock_location_not_found');
      if (patch.active === false && location.active) {
        if (location.kind === 'sales_floor') throw new HttpError('sales_floor_in_use');
        const held = (await createStockRepository(tx.db).listLevels(location.storeId)).filter(
          (level) => level.locationId === location.id && level.onHand !== 0,
        );
        if (held.length > 0) throw new HttpError('stock_location_not_empty', { products: held.length });
      }
      const updated = (await locations.update(location.id, patch)) as StockLocation;
      await recordAudit(tx, {
        action: 'stock_location.updated',
        staffId: auth.staffId,
        storeId: location.storeId,
        targetType: 'stock_location',
        targetId: location.id,
        detail: { from: { name: location.name, active: location.active }, to: patch },
      });
      return toApiStockLocation(updated);
    }),
  );
}

async function nameTaken<T>(name: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof UniqueViolationError && error.constraint === 'name') {
      throw new HttpError('stock_location_name_taken', { name });
    }
    throw error;
  }
}

function toApiStockLocation(location: StockLocation): ApiStockLocation {
  return { ...location };
}
