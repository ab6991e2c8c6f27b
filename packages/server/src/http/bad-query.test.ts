import { describeEachDialect } from '@kassa/db/testing';
import { beforeAll, it } from 'vitest';
import { expectRefused, type RefusalCase } from '../testing/expect-refused';
import { createFixture, ean13, type Fixture } from '../testing/test-fixture';

describeEachDialect(
  'bad queries, paths and catalogue input',
  (getDb) => {
    let f: Fixture;
    beforeAll(async () => {
      f = await createFixture(getDb());
    });

    const get = (path: string) => f.request('GET', path, { token: f.tokens.owner });

    const cases: RefusalCase[] = [
      {
        name: 'a product barcode with a wrong check digit',
        send: () =>
          f.request('POST', '/api/v1/products', {
            token: f.tokens.owner,
            body: { sku: 'X1', name: 'x', price: 100, taxClassId: f.id(), barcodes: ['6901234567890'] },
          }),
        status: 400,
        code: 'validation_failed',
        path: 'barcodes.0',
      },
      {
        name: 'a product with an unknown tax class',
        send: () =>
          f.request('POST', '/api/v1/products', {
            token: f.tokens.owner,
            body: { sku: 'X2', name: 'x', price: 100, taxClassId: f.id() },
          }),
        status: 400,
        code: 'validation_failed',
        path: 'taxClassId',
      },
      {
        name: 'a lookup with a wrong check digit',
        send: () => get(`/api/v1/products/lookup?storeId=${f.store.id}&code=6901234567890`),
        status: 422,
        code: 'bad_check_digit',
      },
      {
        name: 'a lookup of an unknown barcode',
        send: () => get(`/api/v1/products/lookup?storeId=${f.store.id}&code=${ean13('400000000001')}`),
        status: 404,
        code: 'barcode_not_found',
      },
      {
        name: 'a lookup of a code that is no barcode',
        send: () => get(`/api/v1/products/lookup?storeId=${f.store.id}&code=1234567`),
        status: 422,
        code: 'bad_barcode',
      },
      {
        name: 'a limit that is no number',
        send: () => get('/api/v1/products?limit=abc'),
        status: 400,
        code: 'validation_failed',
        path: 'limit',
      },
      {
        name: 'a forged cursor',
        send: () => get('/api/v1/products?cursor=bm90LWpzb24'),
        status: 400,
        code: 'validation_failed',
        path: 'cursor',
      },
      {
        name: 'an unknown query parameter',
        send: () => get('/api/v1/products?color=red'),
        status: 400,
        code: 'validation_failed',
        path: 'color',
      },
      {
        name: 'a path id that is no UUID',
        send: () => get('/api/v1/products/42'),
        status: 400,
        code: 'validation_failed',
        path: 'id',
      },
      {
        name: 'a store of someone else',
        send: () => get(`/api/v1/stores/${f.id()}/catalog`),
        status: 404,
        code: 'store_not_found',
      },
      {
        name: 'an unknown API path',
        send: () => get('/api/v1/nothing'),
        status: 404,
        code: 'route_not_found',
      },
      {
        name: 'a method the path does not take',
        send: () => f.request('PUT', '/api/v1/sales', { token: f.tokens.owner }),
        status: 405,
        code: 'method_not_allowed',
      },
    ];

    it.each(cases)('$name → $status $code, nothing changed', (refusal) => expectRefused(f.ctx.db, refusal));
  },
  { dialects: ['sqlite'] },
);
