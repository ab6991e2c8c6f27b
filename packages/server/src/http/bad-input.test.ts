import { describeEachDialect } from '@kassa/db/testing';
import { beforeAll, expect, it } from 'vitest';
import { expectRefused, type RefusalCase } from '../testing/expect-refused';
import { COLA_BARCODE, createFixture, type Fixture } from '../testing/test-fixture';

describeEachDialect(
  'bad input',
  (getDb) => {
    let f: Fixture;
    beforeAll(async () => {
      f = await createFixture(getDb());
    });

    /** A sale body with one field replaced at a JSON path, as raw text so any JSON value fits. */
    const saleWith = (mutate: (body: Record<string, unknown>) => void): string => {
      const body = JSON.parse(JSON.stringify(f.saleBody())) as Record<string, unknown>;
      mutate(body);
      return JSON.stringify(body);
    };
    const line0 = (body: Record<string, unknown>) =>
      (body.lines as Record<string, unknown>[])[0] as Record<string, unknown>;

    const postSale = (text: string, headers: Record<string, string> = {}) =>
      f.app.request('/api/v1/sales', {
        method: 'POST',
        headers: {
          authorization: `Bearer ${f.tokens.owner}`,
          'content-type': 'application/json',
          ...headers,
        },
        body: text,
      });

    const cases: RefusalCase[] = [
      {
        name: 'an unknown field',
        send: () =>
          postSale(
            saleWith((b) => {
              b.note = 'hi';
            }),
          ),
        status: 400,
        code: 'validation_failed',
        path: 'note',
      },
      {
        name: 'an unknown field on a line',
        send: () =>
          postSale(
            saleWith((b) => {
              line0(b).price = 1;
            }),
          ),
        status: 400,
        code: 'validation_failed',
        path: 'lines.0.price',
      },
      {
        name: 'two lines with the same id',
        send: () =>
          postSale(
            saleWith((b) => {
              const lines = b.lines as Record<string, unknown>[];
              (lines[1] as Record<string, unknown>).id = line0(b).id;
            }),
          ),
        status: 400,
        code: 'validation_failed',
        path: 'lines.1.id',
      },
      {
        name: 'a quantity sent as text',
        send: () =>
          postSale(
            saleWith((b) => {
              line0(b).quantity = '2';
            }),
          ),
        status: 400,
        code: 'validation_failed',
        path: 'lines.0.quantity',
      },
      {
        name: 'a negative quantity',
        send: () =>
          postSale(
            saleWith((b) => {
              line0(b).quantity = -1000;
            }),
          ),
        status: 400,
        code: 'validation_failed',
        path: 'lines.0.quantity',
      },
      {
        name: 'a quantity finer than thousandths',
        send: () =>
          postSale(
            saleWith((b) => {
              line0(b).quantity = 1000.5;
            }),
          ),
        status: 400,
        code: 'validation_failed',
        path: 'lines.0.quantity',
      },
      {
        name: 'a quantity beyond a million units',
        send: () =>
          postSale(
            saleWith((b) => {
              line0(b).quantity = 2_000_000_000;
            }),
          ),
        status: 400,
        code: 'validation_failed',
        path: 'lines.0.quantity',
      },
      {
        name: '1e308 as an amount',
        send: () =>
          postSale(
            saleWith((b) => {
              b.expectedTotal = 1e308;
            }),
          ),
        status: 400,
        code: 'validation_failed',
        path: 'expectedTotal',
      },
      {
        name: 'money with decimals',
        send: () =>
          postSale(
            saleWith((b) => {
              line0(b).unitPrice = 3.5;
            }),
          ),
        status: 400,
        code: 'validation_failed',
        path: 'lines.0.unitPrice',
      },
      {
        name: 'NaN, which JSON cannot carry',
        send: () =>
          postSale(saleWith(() => undefined).replace('"expectedTotal":2005', '"expectedTotal":NaN')),
        status: 400,
        code: 'malformed_json',
      },
      {
        name: 'a barcode with letters',
        send: () =>
          postSale(
            saleWith((b) => {
              line0(b).barcode = '69012x';
            }),
          ),
        status: 400,
        code: 'validation_failed',
        path: 'lines.0.barcode',
      },
      {
        name: 'a scanned barcode with a wrong check digit',
        send: () =>
          postSale(
            saleWith((b) => {
              line0(b).barcode = `${COLA_BARCODE.slice(0, 12)}${(Number(COLA_BARCODE.at(12)) + 1) % 10}`;
            }),
          ),
        status: 422,
        code: 'bad_barcode',
      },
      {
        name: 'a __proto__ key',
        send: () => postSale(saleWith(() => undefined).replace('{', '{"__proto__":{"admin":true},')),
        status: 400,
        code: 'validation_failed',
        path: '__proto__',
      },
      {
        // The same key spelled with JSON escapes: the text never says "__proto__".
        name: 'an escaped __proto__ key',
        send: () =>
          postSale(
            saleWith(() => undefined).replace('{', '{"\\u005f\\u005fproto\\u005f\\u005f":{"admin":true},'),
          ),
        status: 400,
        code: 'validation_failed',
        path: '__proto__',
      },
      {
        name: 'a nested constructor key',
        send: () =>
          postSale(
            saleWith(() => undefined).replace('"lines":[{', '"lines":[{"constructor":{"prototype":{}},'),
          ),
        status: 400,
        code: 'validation_failed',
      },
      { name: 'malformed JSON', send: () => postSale('{"id": '), status: 400, code: 'malformed_json' },
      { name: 'an empty body', send: () => postSale(''), status: 400, code: 'malformed_json' },
      {
        name: 'a form instead of JSON',
        send: () => postSale('id=1', { 'content-type': 'application/x-www-form-urlencoded' }),
        status: 415,
        code: 'unsupported_media_type',
      },
      {
        name: 'a body over 1 MiB',
        send: () => postSale(`{"pad":"${'x'.repeat(1024 * 1024)}"}`),
        status: 413,
        code: 'body_too_large',
      },
      {
        name: 'a body over 1 MiB, declared',
        send: () =>
          postSale(`{"pad":"${'x'.repeat(1024 * 1024)}"}`, { 'content-length': String(1024 * 1024 + 10) }),
        status: 413,
        code: 'body_too_large',
      },
    ];

    it.each(cases)('$name → $status $code, nothing changed', (refusal) => expectRefused(f.ctx.db, refusal));

    it('never leaks a stack trace', async () => {
      const response = await postSale('{"id": ');
      expect(await response.text()).not.toMatch(/at .*\.ts:\d+/);
    });
  },
  { dialects: ['sqlite'] },
);
