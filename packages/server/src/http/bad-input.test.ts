import { describeEachDialect } from '@kassa/db/testing';
import { beforeAll, expect, it } from 'vitest';
import { rowCounts } from '../testing/row-counts';
import { COLA_BARCODE, createFixture, type Fixture } from '../testing/test-fixture';

type ErrorAnswer = { error: { code: string; message: string; issues?: { path: string; message: string }[] } };

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

    type Case = {
      name: string;
      send: () => Response | Promise<Response>;
      status: number;
      code: string;
      path?: string;
    };
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

    const cases: Case[] = [
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

    it.each(cases)('$name → $status $code, nothing changed', async ({ send, status, code, path }) => {
      const before = await rowCounts(f.ctx.db);
      const response = await send();
      const answer = (await response.json()) as ErrorAnswer;
      expect([response.status, answer.error.code]).toEqual([status, code]);
      expect(answer.error.message).toMatch(/\w+ \w+/);
      if (path !== undefined) expect(answer.error.issues?.map((issue) => issue.path)).toContain(path);
      for (const issue of answer.error.issues ?? []) expect(issue.message.length).toBeGreaterThan(3);
      expect(await rowCounts(f.ctx.db)).toEqual(before);
    });

    it('never leaks a stack trace', async () => {
      const response = await postSale('{"id": ');
      expect(await response.text()).not.toMatch(/at .*\.ts:\d+/);
    });
  },
  { dialects: ['sqlite'] },
);
