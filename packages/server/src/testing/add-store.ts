import { DEFAULT_SCALE_TEMPLATES, uuidV7 } from '@kassa/core';
import { createStoreRepository, type Store } from '@kassa/db';
import { DEFAULT_STORE_SETTINGS } from '../bootstrap';
import { type Fixture, T0 } from './test-fixture';

/** Another store with the default settings and its sales floor, which only the owner sees. */
export function addStore(f: Fixture, code: string, name: string): Promise<Store> {
  return createStoreRepository(f.ctx.db).create({
    ...DEFAULT_STORE_SETTINGS,
    scaleBarcodeTemplates: DEFAULT_SCALE_TEMPLATES,
    code,
    name,
    id: uuidV7(T0, f.ctx.random(10)),
    salesFloorId: uuidV7(T0, f.ctx.random(10)),
    createdAt: T0,
  });
}
