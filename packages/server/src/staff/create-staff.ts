import { createStaffRepository, UniqueViolationError } from '@kassa/db';
import { recordAudit } from '../audit';
import { hashSecret } from '../auth/secret-hash';
import { HttpError } from '../http/http-error';
import { type KassaContext, newId } from '../kassa-context';

/** What creating a staff member needs. Password for the back office, PIN for registers; either may be left out. */
export type CreateStaffInput = {
  readonly username: string;
  readonly displayName: string;
  /** A built-in role ('owner', 'manager', 'cashier', 'stock_clerk', 'accountant') or a custom one. */
  readonly roleId: string;
  readonly password?: string;
  /** 4 to 8 digits. */
  readonly pin?: string;
  /** The stores they may work in (the owner sees every store regardless). */
  readonly storeIds?: readonly string[];
};

/** A staff member as created, without secrets. */
export type CreatedStaff = {
  readonly id: string;
  readonly username: string;
  readonly displayName: string;
  readonly roleId: string;
  readonly storeIds: readonly string[];
};

/**
 * Creates a staff member, hashing the password and PIN with argon2id (both before any write, so a
 * transaction passed in `ctx.db` is held only briefly). Audited as 'staff.created'.
 * @throws HttpError `validation_failed` for a taken user name, a bad PIN or an unknown role.
 */
export async function createStaff(
  ctx: KassaContext,
  input: CreateStaffInput,
  actorStaffId: string | null = null,
): Promise<CreatedStaff> {
  if (input.pin !== undefined && !/^\d{4,8}$/.test(input.pin)) {
    throw new HttpError('validation_failed', undefined, [{ path: 'pin', message: 'a PIN is 4 to 8 digits' }]);
  }
  const repository = createStaffRepository(ctx.db);
  if (!(await repository.getRole(input.roleId))) {
    throw new HttpError('validation_failed', undefined, [{ path: 'roleId', message: 'unknown role' }]);
  }
  const passwordHash = input.password === undefined ? null : await hashSecret(input.password);
  const pinHash = input.pin === undefined ? null : await hashSecret(input.pin);
  const id = newId(ctx);
  try {
    await repository.create({
      id,
      username: input.username,
      displayName: input.displayName,
      roleId: input.roleId,
      passwordHash,
      pinHash,
      active: true,
      createdAt: ctx.clock(),
      storeIds: input.storeIds ?? [],
    });
  } catch (error) {
    if (error instanceof UniqueViolationError) {
      throw new HttpError('validation_failed', undefined, [
        { path: 'username', message: 'this user name is taken' },
      ]);
    }
    throw error;
  }
  await recordAudit(ctx, {
    action: 'staff.created',
    staffId: actorStaffId,
    targetType: 'staff',
    targetId: id,
    detail: { username: input.username, roleId: input.roleId },
  });
  return {
    id,
    username: input.username,
    displayName: input.displayName,
    roleId: input.roleId,
    storeIds: [...(input.storeIds ?? [])],
  };
}
