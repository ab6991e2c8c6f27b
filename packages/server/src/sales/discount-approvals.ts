import { type ApproveDiscountBody, type DiscountApproval, discountLimitOf } from '@kassa/api';
import { createDiscountApprovalRepository, createStaffRepository } from '@kassa/db';
import { recordAudit } from '../audit';
import { verifyWithLockout } from '../auth/sign-in';
import { HttpError } from '../http/http-error';
import { type KassaContext, newId } from '../kassa-context';
import { operableRegister, type ShiftActor } from '../shifts/shift-actor';

/** How long an approval waits to be used by the sale it was given for. */
export const APPROVAL_TTL_MS = 10 * 60 * 1000;

/**
 * A manager approves, with their user name and PIN at the register, one discount of up to
 * `basisPoints` beyond the cashier's own limit. The approver needs `discount.approve`, a limit of
 * their own that covers it, and the register's store. Audited; PIN failures count toward lockout.
 */
export async function approveDiscount(
  ctx: KassaContext,
  actor: ShiftActor,
  body: ApproveDiscountBody,
): Promise<DiscountApproval> {
  const { register, store } = await operableRegister(ctx, actor, body.registerId);
  const staff = createStaffRepository(ctx.db);
  const candidate = await staff.getByUsername(body.username);
  const approver = await verifyWithLockout(
    ctx,
    body.username,
    candidate,
    candidate?.pinHash ?? null,
    body.pin,
    {
      method: 'pin',
      failure: 'invalid_pin',
    },
  );
  const permissions = await staff.listPermissions(approver.roleId);
  const inStore = approver.roleId === 'owner' || approver.storeIds.includes(store.id);
  if (
    !permissions.includes('discount.approve') ||
    !inStore ||
    discountLimitOf(approver.roleId) < body.basisPoints
  ) {
    await recordAudit(ctx, {
      action: 'discount.approval_refused',
      staffId: approver.id,
      storeId: store.id,
      targetType: 'register',
      targetId: register.id,
      detail: { requestedBy: actor.staffId, basisPoints: body.basisPoints },
    });
    throw new HttpError('approver_not_allowed');
  }
  const now = ctx.clock();
  const approval = {
    id: newId(ctx),
    storeId: store.id,
    registerId: register.id,
    requestedBy: actor.staffId,
    approvedBy: approver.id,
    basisPoints: body.basisPoints,
    createdAt: now,
    expiresAt: now + APPROVAL_TTL_MS,
    ticketId: body.ticketId,
    target: body.target,
  };
  await createDiscountApprovalRepository(ctx.db).insert(approval);
  await recordAudit(ctx, {
    action: 'discount.approved',
    staffId: approver.id,
    storeId: store.id,
    targetType: 'discount_approval',
    targetId: approval.id,
    detail: { requestedBy: actor.staffId, registerId: register.id, basisPoints: body.basisPoints },
  });
  return {
    id: approval.id,
    approvedBy: approver.id,
    approverName: approver.displayName,
    basisPoints: approval.basisPoints,
    expiresAt: approval.expiresAt,
  };
}
