import {
  createRefundRepository,
  createRollupRepository,
  createRollupSources,
  createSaleRepository,
  createSettingsRepository,
  createStoreRepository,
  inTransaction,
  type RollupDelta,
  type Sale,
  type SaleCursor,
  type Store,
} from '@kassa/db';
import type { KassaContext } from '../kassa-context';
import {
  type FactPlace,
  noSaleDeltas,
  refundDeltas,
  saleDeltas,
  unreceiptedReturnDeltas,
  voidDeltas,
} from './rollup-deltas';

/**
 * Bump when what a fact adds to the rollups changes: the next start rebuilds them. 2: refunded cash
 * rounding, telescoped refund cost, returns' own tax and cost, hour slots around the cut-over.
 */
export const ROLLUPS_VERSION = 2;
const versionKey = 'rollups.version';
const lockKey = 'rollups.rebuild';
const salesPerBatch = 1000;

/**
 * Rebuilds every rollup row from the recorded facts (sales, refunds, returns, voids, no-sales), in
 * one transaction: reports never see a half-built state, and no fact writes its delta meanwhile
 * (the table is locked against writers first; they wait and add theirs after). The same delta
 * functions as the write path, so a rebuild equals what the facts added one by one (the contract
 * test holds both to it).
 */
export async function rebuildRollups(ctx: Pick<KassaContext, 'db'>): Promise<void> {
  await inTransaction(ctx.db, rebuild);
}

/** Rebuilds the rollups when they were built by an older version (or never, as after migration 0023). */
export async function ensureRollups(ctx: Pick<KassaContext, 'db'>): Promise<boolean> {
  if ((await createSettingsRepository(ctx.db).get(versionKey)) === ROLLUPS_VERSION) return false;
  return inTransaction(ctx.db, async (trx) => {
    // Several servers may start at once on PostgreSQL: writing this row waits for another rebuild
    // to commit, and then the version read below is the one it set.
    await createSettingsRepository(trx).set(lockKey, 'rebuild');
    if ((await createSettingsRepository(trx).get(versionKey)) === ROLLUPS_VERSION) return false;
    await rebuild(trx);
    return true;
  });
}

async function rebuild(trx: Db): Promise<void> {
  const rollups = createRollupRepository(trx);
  // Before reading any fact: a fact committed after this lock adds its delta after the rebuild; one
  // that wrote its delta before commits first, and is read then.
  await rollups.lockWriters();
  await rollups.clear();
  for (const store of await createStoreRepository(trx).list()) {
    for await (const deltas of storeDeltas(trx, store)) await rollups.add(deltas);
  }
  await createSettingsRepository(trx).set(versionKey, ROLLUPS_VERSION);
}

type Db = KassaContext['db'];

async function* storeDeltas(db: Db, store: Store): AsyncGenerator<RollupDelta[]> {
  const sources = createRollupSources(db);
  const place = (fact: Omit<FactPlace, 'storeId' | 'timeZone' | 'cutoverMinutes'>): FactPlace => ({
    ...fact,
    storeId: store.id,
    timeZone: store.timeZone,
    cutoverMinutes: store.businessDayCutoverMinutes,
  });
  let after: SaleCursor | null = null;
  for (;;) {
    const sales = await sources.sales(store.id, after, salesPerBatch);
    const last = sales.at(-1);
    if (!last) break;
    after = { createdAt: last.createdAt, id: last.id };
    yield sales.flatMap((sale) =>
      saleDeltas(
        sale,
        place({
          businessDate: sale.businessDate,
          staffId: sale.staffId,
          registerId: sale.registerId,
          at: sale.createdAt,
        }),
      ),
    );
  }
  yield await refundsDeltas(db, store, place);
  yield (await sources.returns(store.id)).flatMap((fact) => unreceiptedReturnDeltas(fact, place(fact)));
  yield (await sources.voids(store.id)).flatMap((v) => voidDeltas(v, place(v)));
  yield (await sources.noSales(store.id)).flatMap((fact) => noSaleDeltas(place(fact)));
}

/**
 * Refunds in commit order (their journal order): each line's telescoped shares depend on the refunds
 * before it, as the write path saw them.
 */
async function refundsDeltas(
  db: Db,
  store: Store,
  place: (fact: Omit<FactPlace, 'storeId' | 'timeZone' | 'cutoverMinutes'>) => FactPlace,
): Promise<RollupDelta[]> {
  const refunds = createRefundRepository(db);
  const sales = new Map<string, Sale>();
  const refundedBefore = new Map<string, { quantity: number; amount: number }>();
  const deltas: RollupDelta[] = [];
  for (const fact of await createRollupSources(db).refunds(store.id)) {
    const refund = await refunds.get(fact.id);
    if (!refund) continue;
    let sale = sales.get(refund.saleId);
    if (!sale) {
      sale = await createSaleRepository(db).get(refund.saleId);
      if (!sale) continue;
      sales.set(sale.id, sale);
    }
    deltas.push(
      ...refundDeltas(
        sale,
        { lines: refundedBefore, tenders: new Map() },
        refund,
        place({
          businessDate: fact.businessDate,
          staffId: refund.staffId,
          registerId: refund.registerId,
          at: refund.at,
        }),
      ),
    );
    for (const line of refund.lines) {
      const before = refundedBefore.get(line.saleLineId) ?? { quantity: 0, amount: 0 };
      refundedBefore.set(line.saleLineId, {
        quantity: before.quantity + line.quantity,
        amount: before.amount + line.amount,
      });
    }
  }
  return deltas;
}
