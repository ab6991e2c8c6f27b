import type { CreateSaleBody } from '@kassa/api';
import { lineReductionShare, type PricedTicket, type RoundingMode, ticketDiscountShare } from '@kassa/core';
import { createDiscountApprovalRepository, type Schema } from '@kassa/db';
import type { Kysely } from 'kysely';
import { HttpError } from '../http/http-error';

/** How far a register's clock may run behind the server's when it stamps a sale. */
const APPROVAL_CLOCK_SKEW_MS = 5 * 60 * 1000;

/** An approval a sale relies on, and the reduction it must cover. */
export type NeededApproval = {
  readonly approvalId: string;
  readonly basisPoints: number;
  /** The discount it must be for: `ticket`, or the line's id. */
  readonly target: string;
};

/**
 * The approvals a priced sale needs: every line discount, and the sale discount, beyond the
 * seller's own limit must carry a manager's approval (`approvalId`, `discountApprovalId`).
 * @throws HttpError `discount_over_limit` naming the first discount without one.
 */
export function neededApprovals(
  body: CreateSaleBody,
  priced: PricedTicket,
  limitBp: number,
  roundingMode: RoundingMode,
): NeededApproval[] {
  const needed: NeededApproval[] = [];
  priced.lines.forEach((line, index) => {
    const input = body.lines[index];
    const basisPoints = lineReductionShare(line, roundingMode);
    if (basisPoints <= limitBp) return;
    if (!input?.approvalId) throw new HttpError('discount_over_limit', { line: index, basisPoints, limitBp });
    needed.push({ approvalId: input.approvalId, basisPoints, target: input.id });
  });
  const basisPoints = ticketDiscountShare(priced, body.discount, roundingMode);
  if (basisPoints > limitBp) {
    if (!body.discountApprovalId) throw new HttpError('discount_over_limit', { basisPoints, limitBp });
    needed.push({ approvalId: body.discountApprovalId, basisPoints, target: 'ticket' });
  }
  return needed;
}

/**
 * Uses each approval for `saleId` inside the sale's transaction: it must exist, belong to the
 * register, be for this ticket and this discount, be unexpired at `at`, cover the reduction, and be
 * unused (or used by this very sale).
 * One approval covers one discount only.
 * @throws HttpError `approval_invalid`.
 */
export async function useApprovals(
  trx: Kysely<Schema>,
  needed: readonly NeededApproval[],
  sale: { readonly id: string; readonly registerId: string; readonly at: number },
): Promise<void> {
  if (new Set(needed.map((n) => n.approvalId)).size !== needed.length)
    throw new HttpError('approval_invalid');
  const approvals = createDiscountApprovalRepository(trx);
  for (const { approvalId, basisPoints, target } of needed) {
    const approval = await approvals.get(approvalId);
    const valid =
      approval !== undefined &&
      approval.registerId === sale.registerId &&
      approval.ticketId === sale.id &&
      approval.target === target &&
      approval.createdAt <= sale.at + APPROVAL_CLOCK_SKEW_MS &&
      approval.expiresAt >= sale.at &&
      approval.basisPoints >= basisPoints &&
      (await approvals.use(approvalId, sale.id));
    if (!valid) throw new HttpError('approval_invalid', { approvalId });
  }
}
