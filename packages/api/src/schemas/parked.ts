import { z } from 'zod';
import { Amount, Discount, EpochMs, Text, Uuid } from './common';
import { SaleLineInput, VoidedLineInput } from './sale';

/** The ticket being parked, in the shape a sale is posted in (lines are re-priced on resume). */
export const ParkedTicketContent = z.strictObject({
  lines: z.array(SaleLineInput).min(1).max(500),
  discount: Discount.optional(),
  voids: z.array(VoidedLineInput).max(500).optional(),
});

export const ParkTicketBody = z.strictObject({
  /** The ticket's id (the sale id it will have): parking it again while parked answers the first. */
  id: Uuid,
  registerId: Uuid,
  at: EpochMs,
  /** Who or what it is for: "穿红衣服的阿姨", "table 3". */
  note: Text(0, 100).optional(),
  /** The total the register showed, for the list of parked tickets. */
  total: Amount,
  ticket: ParkedTicketContent,
});

export const ParkedTicket = z
  .object({
    id: Uuid,
    storeId: Uuid,
    registerId: Uuid,
    staffId: Uuid,
    staffName: z.string(),
    parkedAt: EpochMs,
    note: z.string(),
    total: z.int(),
    ticket: ParkedTicketContent,
  })
  .meta({ id: 'ParkedTicket' });

export const ParkedTicketParams = z.strictObject({ id: Uuid });
export const ResumeTicketBody = z.strictObject({ registerId: Uuid });

export type ParkedTicketContent = z.infer<typeof ParkedTicketContent>;
export type ParkTicketBody = z.infer<typeof ParkTicketBody>;
export type ParkedTicket = z.infer<typeof ParkedTicket>;
