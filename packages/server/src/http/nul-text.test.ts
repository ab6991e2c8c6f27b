import { describeEachDialect } from '@kassa/db/testing';
import { beforeAll, it } from 'vitest';
import { expectRefused, type RefusalCase } from '../testing/expect-refused';
import { createFixture, type Fixture, PASSWORDS } from '../testing/test-fixture';
import { encodeCursor } from './page-cursor';

// U+0000 in text reached PostgreSQL, which refuses it in a text column: a 500 there, while SQLite
// silently cut the string. Every dialect must answer the same 400 before any query runs.
describeEachDialect('text with a NUL character', (getDb) => {
  let f: Fixture;
  beforeAll(async () => {
    f = await createFixture(getDb());
  });

  const get = (path: string) => f.request('GET', path, { token: f.tokens.owner });

  const cases: RefusalCase[] = [
    {
      name: 'a product name',
      send: () =>
        f.request('POST', '/api/v1/products', {
          token: f.tokens.owner,
          body: { sku: 'NUL-1', name: 'cola\u0000', price: 100, taxClassId: f.id() },
        }),
      status: 400,
      code: 'validation_failed',
      path: 'name',
    },
    {
      name: 'a product rename',
      send: () =>
        f.request('PATCH', `/api/v1/products/${f.products.bread}`, {
          token: f.tokens.owner,
          body: { name: 'bread\u0000' },
        }),
      status: 400,
      code: 'validation_failed',
      path: 'name',
    },
    {
      name: 'a product search',
      send: () => get('/api/v1/products?q=%00'),
      status: 400,
      code: 'validation_failed',
      path: 'q',
    },
    {
      name: 'a forged product cursor',
      send: () => get(`/api/v1/products?cursor=${encodeCursor({ name: 'a\u0000', id: 'b' })}`),
      status: 400,
      code: 'validation_failed',
      path: 'cursor',
    },
    {
      name: 'a sign-in user name',
      send: () =>
        f.request('POST', '/api/v1/auth/login', {
          body: { username: 'owner\u0000', password: PASSWORDS.owner },
        }),
      status: 400,
      code: 'validation_failed',
      path: 'username',
    },
    {
      name: 'a card reference',
      send: () =>
        f.request('POST', '/api/v1/sales', {
          token: f.tokens.owner,
          body: f.saleBody({ tenders: [{ kind: 'card', amount: 2005, reference: 'ref\u0000' }] }),
        }),
      status: 400,
      code: 'validation_failed',
      path: 'tenders.0.reference',
    },
  ];

  it.each(cases)('$name → $status $code, nothing changed', (refusal) => expectRefused(f.ctx.db, refusal));
});
