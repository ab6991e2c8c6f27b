import type { Catalog, LookupResult, Product } from '@kassa/api';
import { DEFAULT_SCALE_TEMPLATES, encodeScaleBarcode, type ScaleBarcodeTemplate } from '@kassa/core';
import { createAuditRepository, createStoreRepository } from '@kassa/db';
import { describeEachDialect } from '@kassa/db/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { APPLE_LABEL, COLA_BARCODE, createFixture, ean13, type Fixture } from '../testing/test-fixture';

type Page = { items: Product[]; nextCursor: string | null };
type ErrorAnswer = { error: { code: string } };

describeEachDialect('catalogue routes', (getDb) => {
  let f: Fixture;
  let taxClassId: string;
  beforeAll(async () => {
    f = await createFixture(getDb());
    const classes = (await (
      await f.request('GET', '/api/v1/tax-classes', { token: f.tokens.owner })
    ).json()) as {
      items: { id: string; ratePpm: number; name: string }[];
    };
    expect(classes.items.map((c) => [c.name, c.ratePpm]).sort()).toEqual([
      ['免税', 0],
      ['农产品', 90_000],
      ['标准税率', 130_000],
    ]);
    taxClassId = classes.items.find((c) => c.ratePpm === 130_000)?.id ?? '';
  });
  const as = (token: string) => ({
    get: (path: string) => f.request('GET', path, { token }),
    post: (path: string, body: unknown) => f.request('POST', path, { token, body }),
    patch: (path: string, body: unknown) => f.request('PATCH', path, { token, body }),
    del: (path: string) => f.request('DELETE', path, { token }),
  });

  describe('products', () => {
    it('creates, changes and deactivates a product, auditing each change', async () => {
      const clerk = as(f.tokens.stock_clerk);
      const created = await clerk.post('/api/v1/products', {
        sku: 'TEA-500',
        name: '绿茶 500ml',
        price: 300,
        taxClassId,
        barcodes: ['042100005264'],
      });
      expect(created.status).toBe(201);
      const product = (await created.json()) as Product;
      // A UPC-A is stored as its EAN-13 form.
      expect(product).toMatchObject({
        sku: 'TEA-500',
        unit: 'piece',
        active: true,
        trackStock: true,
        barcodes: ['0042100005264'],
      });

      const changed = (await (
        await clerk.patch(`/api/v1/products/${product.id}`, { price: 320 })
      ).json()) as Product;
      expect(changed.price).toBe(320);
      const gone = (await (await clerk.del(`/api/v1/products/${product.id}`)).json()) as Product;
      expect(gone.active).toBe(false);
      expect(((await (await clerk.get(`/api/v1/products/${product.id}`)).json()) as Product).active).toBe(
        false,
      );

      const audit = await createAuditRepository(f.ctx.db).list({ limit: 500 });
      const actions = audit.items
        .filter((r) => r.targetId === product.id)
        .map((r) => r.action)
        .sort();
      expect(actions).toEqual(['product.created', 'product.deactivated', 'product.updated']);
      expect(
        audit.items.find((r) => r.action === 'product.updated' && r.targetId === product.id)?.detail,
      ).toEqual({
        price: { from: 300, to: 320 },
      });
    });

    it('refuses a taken SKU, barcode or PLU', async () => {
      const owner = as(f.tokens.owner);
      const codeOf = async (body: unknown) =>
        ((await (await owner.post('/api/v1/products', body)).json()) as ErrorAnswer).error.code;
      expect(await codeOf({ sku: 'COLA-330', name: 'x', price: 1, taxClassId })).toBe('sku_taken');
      expect(await codeOf({ sku: 'NEW-1', name: 'x', price: 1, taxClassId, barcodes: [COLA_BARCODE] })).toBe(
        'barcode_taken',
      );
      expect(await codeOf({ sku: 'NEW-2', name: 'x', price: 1, taxClassId, plu: '42' })).toBe('plu_taken');
      // A scale prints '00042': a PLU with leading zeros is the same PLU, not a second product.
      expect(await codeOf({ sku: 'NEW-3', name: 'x', price: 1, taxClassId, plu: '00042' })).toBe('plu_taken');
      const missing = await owner.patch(`/api/v1/products/${f.id()}`, { price: 1 });
      expect(((await missing.json()) as ErrorAnswer).error.code).toBe('product_not_found');
    });

    it('searches by name or SKU substring, page by page', async () => {
      const owner = as(f.tokens.owner);
      for (let i = 0; i < 5; i++) {
        await owner.post('/api/v1/products', {
          sku: `SNACK-${i}`,
          name: `薯片 ${i}号`,
          price: 500 + i,
          taxClassId,
        });
      }
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const page = (await (
          await owner.get(
            `/api/v1/products?q=${encodeURIComponent('薯片')}&limit=2${cursor ? `&cursor=${cursor}` : ''}`,
          )
        ).json()) as Page;
        seen.push(...page.items.map((p) => p.sku));
        cursor = page.nextCursor;
      } while (cursor);
      expect(seen).toEqual(['SNACK-0', 'SNACK-1', 'SNACK-2', 'SNACK-3', 'SNACK-4']);
      const bySku = (await (await owner.get('/api/v1/products?q=snack-3')).json()) as Page;
      expect(bySku.items.map((p) => p.sku)).toEqual(['SNACK-3']);
      const inactive = (await (await owner.get('/api/v1/products?q=OLD')).json()) as Page;
      expect(inactive.items).toEqual([]);
      const withInactive = (await (
        await owner.get('/api/v1/products?q=OLD&includeInactive=true')
      ).json()) as Page;
      expect(withInactive.items.map((p) => p.sku)).toEqual(['OLD']);
    });
  });

  describe('lookup', () => {
    const lookup = (code: string) =>
      as(f.tokens.cashier).get(`/api/v1/products/lookup?storeId=${f.store.id}&code=${code}`);

    it('finds a product by barcode', async () => {
      const result = (await (await lookup(COLA_BARCODE)).json()) as LookupResult;
      expect(result).toMatchObject({
        match: 'barcode',
        quantity: null,
        amount: null,
        product: { sku: 'COLA-330' },
      });
    });

    it('reads the weight off a scale label', async () => {
      const result = (await (await lookup(APPLE_LABEL)).json()) as LookupResult;
      expect(result).toMatchObject({
        match: 'scale-weight',
        quantity: 350,
        amount: null,
        product: { sku: 'APPLE' },
      });
    });

    it('reads the price off a price label when the store uses one', async () => {
      const template: ScaleBarcodeTemplate = { prefix: '22', pluLength: 5, valueLength: 5, kind: 'price' };
      await createStoreRepository(f.ctx.db).update(f.store.id, {
        scaleBarcodeTemplates: [...DEFAULT_SCALE_TEMPLATES, template],
      });
      const result = (await (await lookup(encodeScaleBarcode(template, '42', 1234))).json()) as LookupResult;
      expect(result).toMatchObject({
        match: 'scale-price',
        quantity: null,
        amount: 1234,
        product: { sku: 'APPLE' },
      });
    });

    it('tells a wrong check digit from an unknown code', async () => {
      const bad = `${COLA_BARCODE.slice(0, 12)}${(Number(COLA_BARCODE.at(12)) + 1) % 10}`;
      expect(((await (await lookup(bad)).json()) as ErrorAnswer).error.code).toBe('bad_check_digit');
      expect(((await (await lookup(ean13('400123456789'))).json()) as ErrorAnswer).error.code).toBe(
        'barcode_not_found',
      );
    });
  });

  it('hands a register the catalogue: settings, categories, tax classes and active products', async () => {
    const catalog = (await (
      await as(f.tokens.cashier).get(`/api/v1/stores/${f.store.id}/catalog`)
    ).json()) as Catalog;
    expect(catalog.store).toMatchObject({
      code: 'S01',
      currency: 'CNY',
      timeZone: 'Asia/Shanghai',
      businessDayCutoverMinutes: 240,
      taxMode: 'inclusive',
      cashRounding: { increment: 10, mode: 'down' },
    });
    expect(catalog.taxClasses).toHaveLength(3);
    const skus = catalog.products.map((p) => p.sku);
    expect(skus).toContain('COLA-330');
    expect(skus).not.toContain('OLD');
    expect(catalog.products.find((p) => p.sku === 'COLA-330')?.barcodes).toEqual([COLA_BARCODE]);
  });
});
