import { type ApproveDiscountBody, type DiscountApproval, discountLimitOf } from '@kassa/api';
import { createDiscountApprovalRepository } from '@kassa/db';
import { recordAudit } from '../audit';
import { mayApprove, pinApprover } from '../auth/pin-approver';
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
  const approver = await pinApprover(ctx, body.username, body.pin);
  if (
    !(await mayApprove(ctx, approver, 'discount.approve', store.id)) ||
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
