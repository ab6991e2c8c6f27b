import {
  type ApiClient,
  type Catalog,
  createApiClient,
  type Product,
  type Register,
  type Store,
} from '@kassa/api';
import { E2E } from './e2e-env';

export type OwnerView = { api: ApiClient; store: Store; registers: Register[]; catalog: Catalog };

/** The owner's API session, used to arrange a story and to check what it left behind. */
export async function ownerView(): Promise<OwnerView> {
  const anonymous = createApiClient({ baseUrl: E2E.url });
  const { token } = await anonymous.call('login', {
    body: { username: 'owner', password: E2E.ownerPassword },
  });
  const api = createApiClient({ baseUrl: E2E.url, token: () => token });
  const [store] = (await api.call('listStores')).items;
  if (!store) throw new Error('the demo store is missing');
  const registers = (await api.call('listRegisters', { params: { storeId: store.id } })).items;
  const catalog = await api.call('catalog', { params: { storeId: store.id } });
  return { api, store, registers, catalog };
}

/** The `n`-th active, stock-tracked product sold by the piece that has a barcode. */
export function pieceProduct(catalog: Catalog, n: number): Product & { barcodes: [string, ...string[]] } {
  const found = catalog.products.filter(
    (p) => p.active && p.trackStock && p.unit === 'piece' && p.barcodes.length > 0,
  )[n];
  if (!found) throw new Error('no piece product with a barcode');
  return found as Product & { barcodes: [string, ...string[]] };
}

/** The `n`-th active weighed product with a scale PLU. */
export function weighedProduct(catalog: Catalog, n: number): Product & { plu: string } {
  const found = catalog.products.filter((p) => p.active && p.trackStock && p.unit === 'kg' && p.plu !== null)[
    n
  ];
  if (!found) throw new Error('no weighed product with a PLU');
  return found as Product & { plu: string };
}

export async function onHand(view: OwnerView, productId: string): Promise<number> {
  const { items } = await view.api.call('listStock', {
    params: { storeId: view.store.id },
    query: { productId },
  });
  return items[0]?.onHand ?? 0;
}
