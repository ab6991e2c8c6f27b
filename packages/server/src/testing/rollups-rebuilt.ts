import type { KassaContext } from '../kassa-context';
import { rebuildRollups } from '../reports/rebuild-rollups';

const rollupRows = (ctx: KassaContext) =>
  ctx.db
    .selectFrom('sales_rollups')
    .selectAll()
    .orderBy('store_id')
    .orderBy('dimension')
    .orderBy('business_date')
    .orderBy('key')
    .execute();

/** Every rollup row as kept fact by fact, then as a rebuild from the recorded facts makes them. */
export async function keptAndRebuiltRollups(ctx: KassaContext) {
  const kept = await rollupRows(ctx);
  await rebuildRollups(ctx);
  return { kept, rebuilt: await rollupRows(ctx) };
}
