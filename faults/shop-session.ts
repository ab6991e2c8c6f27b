import { type ApiClient, type Catalog, createApiClient, type Product, type Store } from '@kassa/api';
import { OWNER_PASSWORD } from './kassa-under-test';

/** The demo shop as its owner sees it through the API: signed in once, for every simulated register. */
export type ShopSession = {
  readonly api: ApiClient;
  readonly token: string;
  /** The owner: the staff member on whose session the registers sell and push. */
  readonly staffId: string;
  readonly store: Store;
  readonly catalog: Catalog;
  /** What the simulated registers sell: the active products sold by the piece. */
  readonly products: readonly Product[];
};

/**
 * Signs the owner in with their password (`POST /api/v1/auth/login`; PIN sign-in is a register's
 * and is not what these tests are about) and reads store S01 and its catalogue.
 */
export async function signInToShop(url: string): Promise<ShopSession> {
  const { token, me } = await createApiClient({ baseUrl: url }).call('login', {
    body: { username: 'owner', password: OWNER_PASSWORD },
  });
  const api = createApiClient({ baseUrl: url, token: () => token });
  const store = (await api.call('listStores')).items.find((s) => s.code === 'S01');
  if (!store) throw new Error('the demo store S01 is missing');
  const catalog = await api.call('catalog', { params: { storeId: store.id } });
  const products = catalog.products.filter((p) => p.unit === 'piece' && p.active);
  return { api, token, staffId: me.id, store, catalog, products };
}
