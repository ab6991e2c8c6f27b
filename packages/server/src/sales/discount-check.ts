import type { CreateSaleBody } from '@kassa/api';
import { lineReductionShare, type PricedTicket, type RoundingMode, ticketDiscountShare } from '@kassa/core';
import { createDiscountApprovalRepository, type Schema } from '@kassa/db';
import type { Kysely } from 'kysely';
import type { RuleBreaches } from './rule-breaches';

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
 * seller's own limit must carry a manager's approval (`approvalId`, `discountApprovalId`); one
 * without is reported to `breaches` as `discount_over_limit`.
 */
export function neededApprovals(
  body: CreateSaleBody,
  priced: PricedTicket,
  limitBp: number,
  roundingMode: RoundingMode,
  breaches: RuleBreaches,
): NeededApproval[] {
  const needed: NeededApproval[] = [];
  priced.lines.forEach((line, index) => {
    const input = body.lines[index];
    const basisPoints = lineReductionShare(line, roundingMode);
    if (basisPoints <= limitBp) return;
    if (input?.approvalId) needed.push({ approvalId: input.approvalId, basisPoints, target: input.id });
    else breaches.report('discount_over_limit', { line: index, basisPoints, limitBp });
  });
  const basisPoints = ticketDiscountShare(priced, body.discount, roundingMode);
  if (basisPoints > limitBp) {
    if (body.discountApprovalId)
      needed.push({ approvalId: body.discountApprovalId, basisPoints, target: 'ticket' });
    else breaches.report('discount_over_limit', { basisPoints, limitBp });
  }
  return needed;
}

/**
 * Uses each approval for `saleId` inside the sale's transaction: it must exist, belong to the
 * register, be for this ticket and this discount, be unexpired at `at`, cover the reduction, and be
 * unused (or used by this very sale).
 * One approval covers one discount only. An approval that fails any of these is reported to
 * `breaches` as `approval_invalid`.
 */
export async function useApprovals(
  trx: Kysely<Schema>,
  needed: readonly NeededApproval[],
  sale: { readonly id: string; readonly registerId: string; readonly at: number },
  breaches: RuleBreaches,
): Promise<void> {
  if (new Set(needed.map((n) => n.approvalId)).size !== needed.length) {
    breaches.report('approval_invalid', { reason: 'one approval for several discounts' });
    return;
  }
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
    if (!valid) breaches.report('approval_invalid', { approvalId });
  }
}
