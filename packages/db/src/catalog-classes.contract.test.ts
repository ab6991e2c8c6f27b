import { randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import { createCategoryRepository } from './category-repository';
import { createProductRepository } from './product-repository';
import { createTaxClassRepository } from './tax-class-repository';
import { describeEachDialect, newProductFixture } from './testing';

describeEachDialect('category and tax class repositories', (getDb) => {
  it('keeps a category tree ordered by sort order, then name', async () => {
    const categories = createCategoryRepository(getDb().db);
    const drinks = await categories.create({
      id: randomUUID(),
      name: '饮料',
      parentId: null,
      sortOrder: 2,
      color: '#f00',
    });
    const tea = await categories.create({
      id: randomUUID(),
      name: '茶',
      parentId: drinks.id,
      sortOrder: 1,
      color: null,
    });
    expect((await categories.list()).map((c) => c.id)).toEqual([tea.id, drinks.id]);
    expect(await categories.update(tea.id, { sortOrder: 3 })).toEqual({ ...tea, sortOrder: 3 });
    expect(await categories.get(tea.id)).toMatchObject({ parentId: drinks.id });
    await categories.delete(tea.id);
    expect(await categories.get(tea.id)).toBeUndefined();
  });

  it('refuses to delete a category products still use', async () => {
    const { db } = getDb();
    const category = await createCategoryRepository(db).create({
      id: randomUUID(),
      name: '零食',
      parentId: null,
      sortOrder: 0,
      color: null,
    });
    const taxClass = await createTaxClassRepository(db).create({
      id: randomUUID(),
      name: '9%',
      ratePpm: 90_000,
    });
    await createProductRepository(db).create(newProductFixture(taxClass.id, { categoryId: category.id }));
    await expect(createCategoryRepository(db).delete(category.id)).rejects.toThrow();
  });

  it('creates and updates tax classes', async () => {
    const taxClasses = createTaxClassRepository(getDb().db);
    const zero = await taxClasses.create({ id: randomUUID(), name: '免税', ratePpm: 0 });
    expect(await taxClasses.get(zero.id)).toEqual(zero);
    expect(await taxClasses.update(zero.id, { ratePpm: 60_000 })).toEqual({ ...zero, ratePpm: 60_000 });
    expect(await taxClasses.list()).toContainEqual({ ...zero, ratePpm: 60_000 });
  });
});
