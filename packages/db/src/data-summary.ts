import type { Kysely } from 'kysely';
import type { Schema } from './schema';

/** How much a database holds, for a person deciding whether it is the one they want (a backup). */
export type DataSummary = {
  readonly stores: number;
  /** Sales of every store, training sales included. */
  readonly sales: number;
  /** When the newest sale was made (the register's clock, epoch ms); null without sales. */
  readonly lastSaleAt: number | null;
  readonly journalEntries: number;
};

/** Counts stores, sales and journal entries, and finds the newest sale. */
export async function readDataSummary(db: Kysely<Schema>): Promise<DataSummary> {
  const stores = await db
    .selectFrom('stores')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .executeTakeFirstOrThrow();
  const sales = await db
    .selectFrom('sales')
    .select((eb) => [eb.fn.countAll<number | string>().as('n'), eb.fn.max('created_at').as('last')])
    .executeTakeFirstOrThrow();
  const journal = await db
    .selectFrom('journal_entries')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .executeTakeFirstOrThrow();
  // PostgreSQL answers count(*) and bigint max() as strings.
  return {
    stores: Number(stores.n),
    sales: Number(sales.n),
    lastSaleAt: sales.last === null ? null : Number(sales.last),
    journalEntries: Number(journal.n),
  };
}
