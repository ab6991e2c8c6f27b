import { discountLimitOf, type Me, PERMISSIONS, type Permission } from '@kassa/api';
import { createStaffRepository, createStoreRepository } from '@kassa/db';
import type { KassaContext } from '../kassa-context';
import type { AuthSession } from './auth-session';

const KNOWN_PERMISSIONS = new Set<string>(PERMISSIONS);

type StaffIdentity = {
  readonly id: string;
  readonly username: string;
  readonly displayName: string;
  readonly roleId: string;
  readonly storeIds: readonly string[];
};

/** Who a staff member is for the UI: role, permissions and the stores they see (the owner: all). */
export async function describeStaff(
  ctx: KassaContext,
  staff: StaffIdentity,
  registerId: string | null,
): Promise<Me> {
  const permissions = await createStaffRepository(ctx.db).listPermissions(staff.roleId);
  const storeIds =
    staff.roleId === 'owner'
      ? (await createStoreRepository(ctx.db).list()).map((store) => store.id)
      : [...staff.storeIds];
  return {
    id: staff.id,
    username: staff.username,
    displayName: staff.displayName,
    role: staff.roleId,
    permissions: permissions.filter((p): p is Permission => KNOWN_PERMISSIONS.has(p)),
    storeIds,
    registerId,
    discountLimitBp: discountLimitOf(staff.roleId),
  };
}

/** {@link describeStaff} for the signed-in session. */
export function describeMe(ctx: KassaContext, auth: AuthSession): Promise<Me> {
  return describeStaff(
    ctx,
    {
      id: auth.staffId,
      username: auth.username,
      displayName: auth.displayName,
      roleId: auth.roleId,
      storeIds: auth.storeIds === null ? [] : [...auth.storeIds],
    },
    auth.registerId,
  );
}
