import type { Permission } from '@kassa/api';
import { createStaffRepository, type StaffMember } from '@kassa/db';
import type { KassaContext } from '../kassa-context';
import { verifyWithLockout } from './sign-in';

/**
 * The staff member approving something on the spot at the register with their user name and PIN
 * (店长授权). A wrong PIN is a 401 `invalid_pin` and counts toward their lockout, like a sign-in.
 */
export async function pinApprover(ctx: KassaContext, username: string, pin: string): Promise<StaffMember> {
  const candidate = await createStaffRepository(ctx.db).getByUsername(username);
  return verifyWithLockout(ctx, username, candidate, candidate?.pinHash ?? null, pin, {
    method: 'pin',
    failure: 'invalid_pin',
  });
}

/** Whether `approver` holds `permission` in store `storeId` (the owner: in every store). */
export async function mayApprove(
  ctx: KassaContext,
  approver: StaffMember,
  permission: Permission,
  storeId: string,
): Promise<boolean> {
  const permissions = await createStaffRepository(ctx.db).listPermissions(approver.roleId);
  const inStore = approver.roleId === 'owner' || approver.storeIds.includes(storeId);
  return inStore && permissions.includes(permission);
}
