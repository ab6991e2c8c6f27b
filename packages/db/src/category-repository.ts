import type { Kysely, Selectable } from 'kysely';
import type { CategoriesTable, Schema } from './schema';

/** A product category; categories nest through `parentId`. */
export interface Category {
  id: string;
  name: string;
  parentId: string | null;
  sortOrder: number;
  /** CSS colour for the register's category buttons. */
  color: string | null;
}

/** Category repository. */
export interface CategoryRepository {
  create(category: Category): Promise<Category>;
  get(id: string): Promise<Category | undefined>;
  /** All categories by sort order, then name. */
  list(): Promise<Category[]>;
  update(id: string, patch: Partial<Omit<Category, 'id'>>): Promise<Category | undefined>;
  /** Deletes a category; throws while products or child categories still reference it. */
  delete(id: string): Promise<void>;
}

/** Categories on `db`, which may be a transaction. */
export function createCategoryRepository(db: Kysely<Schema>): CategoryRepository {
  const repository: CategoryRepository = {
    async create(category) {
      await db
        .insertInto('categories')
        .values({ id: category.id, ...toRow(category) })
        .execute();
      return category;
    },
    async get(id) {
      const row = await db.selectFrom('categories').selectAll().where('id', '=', id).executeTakeFirst();
      return row && toCategory(row);
    },
    async list() {
      const rows = await db
        .selectFrom('categories')
        .selectAll()
        .orderBy('sort_order')
        .orderBy('name')
        .execute();
      return rows.map(toCategory);
    },
    async update(id, patch) {
      const current = await repository.get(id);
      if (!current) return undefined;
      await db
        .updateTable('categories')
        .set(toRow({ ...current, ...patch }))
        .where('id', '=', id)
        .execute();
      return repository.get(id);
    },
    async delete(id) {
      await db.deleteFrom('categories').where('id', '=', id).execute();
    },
  };
  return repository;
}

function toRow(category: Omit<Category, 'id'>) {
  return {
    name: category.name,
    parent_id: category.parentId,
    sort_order: category.sortOrder,
    color: category.color,
  };
}

function toCategory(row: Selectable<CategoriesTable>): Category {
  return { id: row.id, name: row.name, parentId: row.parent_id, sortOrder: row.sort_order, color: row.color };
}
