import type { Kysely } from 'kysely';
import type { Schema } from './schema';

/** A tax class that products belong to, e.g. "standard 13%". */
export interface TaxClass {
  id: string;
  name: string;
  /** Parts per million: 13% = 130000. */
  ratePpm: number;
}

/** Tax class repository. */
export interface TaxClassRepository {
  create(taxClass: TaxClass): Promise<TaxClass>;
  get(id: string): Promise<TaxClass | undefined>;
  /** All tax classes by name. */
  list(): Promise<TaxClass[]>;
  /** Changes the name or rate; sales already recorded keep the rate they were sold at. */
  update(id: string, patch: Partial<Omit<TaxClass, 'id'>>): Promise<TaxClass | undefined>;
}

/** Tax classes on `db`, which may be a transaction. */
export function createTaxClassRepository(db: Kysely<Schema>): TaxClassRepository {
  const select = () => db.selectFrom('tax_classes').select(['id', 'name', 'rate_ppm as ratePpm']);
  const repository: TaxClassRepository = {
    async create(taxClass) {
      await db
        .insertInto('tax_classes')
        .values({ id: taxClass.id, name: taxClass.name, rate_ppm: taxClass.ratePpm })
        .execute();
      return taxClass;
    },
    get: (id) => select().where('id', '=', id).executeTakeFirst(),
    list: () => select().orderBy('name').execute(),
    async update(id, patch) {
      const current = await repository.get(id);
      if (!current) return undefined;
      const next = { ...current, ...patch };
      await db
        .updateTable('tax_classes')
        .set({ name: next.name, rate_ppm: next.ratePpm })
        .where('id', '=', id)
        .execute();
      return repository.get(id);
    },
  };
  return repository;
}
