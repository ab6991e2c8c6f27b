import { z } from 'zod';
import { EpochMs, Text, Uuid } from './common';

/**
 * A manager approves a discount on the spot at the register with their user name and PIN: one
 * approval covers one discount (a line's or the sale's) up to `basisPoints`, once, for a few minutes.
 */
export const ApproveDiscountBody = z.strictObject({
  registerId: Uuid,
  username: Text(1, 64),
  pin: z.string().regex(/^\d{4,8}$/, 'a PIN is 4 to 8 digits'),
  /** The reduction being approved, in basis points of the amount (1500 = 15%). */
  basisPoints: z.int().min(1).max(10_000),
  /** The ticket it is for: the sale id the register gave it. */
  ticketId: Uuid,
  /** Which discount: the sale's (`ticket`), or a line's id. */
  target: z.union([z.literal('ticket'), Uuid]),
});

export const DiscountApproval = z
  .object({
    id: Uuid,
    approvedBy: Uuid,
    approverName: z.string(),
    basisPoints: z.int(),
    expiresAt: EpochMs,
  })
  .meta({ id: 'DiscountApproval' });

export type ApproveDiscountBody = z.infer<typeof ApproveDiscountBody>;
export type DiscountApproval = z.infer<typeof DiscountApproval>;
