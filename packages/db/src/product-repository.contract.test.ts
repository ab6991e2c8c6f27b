import { randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import { createProductRepository, type NewProduct, type ProductUniqueConstraint } from './product-repository';
import { createTaxClassRepository } from './tax-class-repository';
import { describeEachDialect, newProductFixture } from './testing';
import { UniqueViolationError } from './unique-violation';

describeEachDialect('product repository', (getDb) => {
  const setup = async () => {
    const { db } = getDb();
    const taxClass = await createTaxClassRepository(db).create({
      id: randomUUID(),
      name: '13%',
      ratePpm: 130_000,
    });
    return { products: createProductRepository(db), taxClassId: taxClass.id };
  };

  it('creates a product with barcodes and finds it by id, sku, PLU and barcode', async () => {
    const { products, taxClassId } = await setup();
    const input = newProductFixture(taxClassId, {
      unit: 'kg',
      plu: `P${randomUUID()}`,
      barcodes: ['b-2', 'b-1'],
    });
    const created = await products.create(input);
    expect(created).toEqual({
      ...input,
      openPrice: false,
      barcodes: ['b-1', 'b-2'],
      updatedAt: input.createdAt,
    });
    expect(await products.get(input.id)).toEqual(created);
    expect(await products.getBySku(input.sku)).toEqual(created);
    expect(await products.getByPlu(input.plu ?? '')).toEqual(created);
    expect(await products.getByBarcode('b-2')).toEqual(created);
    expect(await products.getByBarcode('nope')).toBeUndefined();
  });

  it('updates fields, replaces barcodes when given, and deactivates', async () => {
    const { products, taxClassId } = await setup();
    const created = await products.create(newProductFixture(taxClassId, { barcodes: [`x-${randomUUID()}`] }));
    const renamed = await products.update(created.id, { name: '可口可乐 330ml', price: 300 }, 2_000);
    expect(renamed).toEqual({ ...created, name: '可口可乐 330ml', price: 300, updatedAt: 2_000 });
    const newCode = `y-${randomUUID()}`;
    const recoded = await products.update(created.id, { barcodes: [newCode] }, 3_000);
    expect(recoded?.barcodes).toEqual([newCode]);
    expect(await products.getByBarcode(created.barcodes[0] ?? '')).toBeUndefined();
    await products.deactivate(created.id, 4_000);
    expect(await products.get(created.id)).toMatchObject({ active: false, updatedAt: 4_000 });
    expect(await products.update('missing', { name: 'x' }, 1)).toBeUndefined();
  });

  it('reports which unique key collided, and writes nothing', async () => {
    const { products, taxClassId } = await setup();
    const first = await products.create(newProductFixture(taxClassId, { plu: `P${randomUUID()}` }));
    const cases: Array<{ clash: Partial<NewProduct>; constraint: ProductUniqueConstraint }> = [
      { clash: { sku: first.sku }, constraint: 'sku' },
      { clash: { barcodes: ['fresh', ...first.barcodes] }, constraint: 'barcode' },
      { clash: { plu: first.plu }, constraint: 'plu' },
    ];
    for (const { clash, constraint } of cases) {
      const input = newProductFixture(taxClassId, clash);
      const error = await products.create(input).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(UniqueViolationError);
      expect(error).toMatchObject({ constraint });
      expect(await products.get(input.id)).toBeUndefined();
      expect(await products.getByBarcode('fresh')).toBeUndefined();
    }
    const second = await products.create(newProductFixture(taxClassId));
    await expect(products.update(second.id, { barcodes: first.barcodes }, 1)).rejects.toMatchObject({
      constraint: 'barcode',
    });
    expect((await products.get(second.id))?.barcodes).toEqual(second.barcodes);
  });

  it('allows any number of products without a PLU', async () => {
    const { products, taxClassId } = await setup();
    await products.create(newProductFixture(taxClassId, { plu: null }));
    await expect(products.create(newProductFixture(taxClassId, { plu: null }))).resolves.toMatchObject({
      plu: null,
    });
  });

  it('searches name and sku by substring, case-insensitively, page by page', async () => {
    const { products, taxClassId } = await setup();
    const tag = randomUUID().slice(0, 8);
    const names = [
      `Apple-${tag} juice`,
      `apple-${tag} pie`,
      `banana-${tag}`,
      `pine APPLE-${tag}`,
      `grape-${tag}`,
    ];
    for (const name of names) await products.create(newProductFixture(taxClassId, { name }));
    await products.create(newProductFixture(taxClassId, { name: `old apple-${tag}`, active: false }));
    const query = `aPPle-${tag}`;
    const found: string[] = [];
    let page = await products.search(query, { limit: 2 });
    found.push(...page.items.map((p) => p.name));
    while (page.next) {
      expect(page.items).toHaveLength(2);
      page = await products.search(query, { limit: 2, after: page.next });
      found.push(...page.items.map((p) => p.name));
    }
    expect(found.sort()).toEqual([`Apple-${tag} juice`, `apple-${tag} pie`, `pine APPLE-${tag}`].sort());
    const withInactive = await products.search(query, { limit: 10, includeInactive: true });
    expect(withInactive.items).toHaveLength(4);
    expect(withInactive.next).toBeUndefined();
    const bySku = await products.search(`sku-`, { limit: 500 });
    expect(bySku.items.length).toBeGreaterThan(5);
  });

  it('treats % and _ in a search as literal characters', async () => {
    const { products, taxClassId } = await setup();
    const tag = randomUUID().slice(0, 8);
    await products.create(newProductFixture(taxClassId, { name: `50% off ${tag}` }));
    await products.create(newProductFixture(taxClassId, { name: `500 off ${tag}` }));
    const page = await products.search(`0% off ${tag}`, { limit: 10 });
    expect(page.items.map((p) => p.name)).toEqual([`50% off ${tag}`]);
    expect((await products.search(`_ off ${tag}`, { limit: 10 })).items).toEqual([]);
  });

  it('lists every active product with its barcodes for the catalogue snapshot', async () => {
    const { products, taxClassId } = await setup();
    const active = await products.create(
      newProductFixture(taxClassId, { barcodes: [`a-${randomUUID()}`, `b-${randomUUID()}`] }),
    );
    const inactive = await products.create(newProductFixture(taxClassId, { active: false }));
    const snapshot = await products.listActive();
    expect(snapshot).toContainEqual(active);
    expect(snapshot.map((p) => p.id)).not.toContain(inactive.id);
    expect(snapshot.every((p) => p.active)).toBe(true);
  });
});
