import { routes } from '@kassa/api';
import { describeEachDialect } from '@kassa/db/testing';
import { beforeAll, expect, it } from 'vitest';
import { createFixture, type Fixture } from '../testing/test-fixture';

type Operation = {
  operationId: string;
  parameters?: { name: string; in: string }[];
  responses: Record<string, unknown>;
};
type Document = {
  openapi: string;
  info: { title: string; version: string };
  paths: Record<string, Record<string, Operation>>;
};

describeEachDialect(
  'the API document',
  (getDb) => {
    let f: Fixture;
    let doc: Document;
    beforeAll(async () => {
      f = await createFixture(getDb());
      doc = (await (await f.app.request('/api/openapi.json')).json()) as Document;
    });

    it('is OpenAPI 3.1 with every route of the table, each operationId once', () => {
      expect(doc.openapi).toBe('3.1.0');
      expect(doc.info.title).toBe('Kassa API');
      const operations = Object.values(doc.paths).flatMap((ops) => Object.values(ops));
      const ids = operations.map((op) => op.operationId);
      expect(new Set(ids).size).toBe(ids.length);
      expect(new Set(ids)).toEqual(new Set(Object.keys(routes)));
      for (const [id, route] of Object.entries(routes)) {
        const operation = doc.paths[route.path]?.[route.method.toLowerCase()];
        expect(operation?.operationId, id).toBe(id);
        for (const [, name] of route.path.matchAll(/\{(\w+)\}/g)) {
          expect(
            operation?.parameters?.some((p) => p.in === 'path' && p.name === name),
            `${id} ${name}`,
          ).toBe(true);
        }
        expect(Object.keys(operation?.responses ?? {}).length).toBeGreaterThan(0);
      }
    });

    it('serves a self-contained docs page that reads it', async () => {
      const response = await f.app.request('/api/docs');
      expect(response.headers.get('content-type')).toContain('text/html');
      const html = await response.text();
      expect(html).toContain("fetch('/api/openapi.json')");
      expect(html).not.toMatch(/(src|href)="https?:/);
    });

    it('reports health without a session', async () => {
      const response = await f.app.request('/api/health');
      expect(await response.json()).toEqual({ status: 'ok', version: '0.0.0' });
    });
  },
  { dialects: ['sqlite'] },
);
