import { createStaffRepository } from '@kassa/db';
import type { KassaContext } from '../kassa-context';

/** The display names of the staff a document names, by id (ids of staff no longer kept are left out). */
export async function staffNames(
  ctx: KassaContext,
  ids: readonly (string | null)[],
): Promise<Record<string, string>> {
  const staff = createStaffRepository(ctx.db);
  const names: Record<string, string> = {};
  for (const id of new Set(ids)) {
    if (id === null) continue;
    const member = await staff.get(id);
    if (member) names[id] = member.displayName;
  }
  return names;
}
