import { z } from 'zod';
import { Amount, EpochMs, Text, Uuid } from './common';

/** How many of one note or coin (denomination in minor units) were counted. */
export const CountLine = z.strictObject({
  denomination: z.int().min(1).max(10_000_000),
  count: z.int().min(0).max(1_000_000),
});

/** A drawer count by denomination (at most one line per denomination of the store currency). */
export const CashCount = z.array(CountLine).max(40);

export const OpenShiftBody = z.strictObject({
  /** UUIDv7 made by the register: posting it again answers the shift opened the first time. */
  id: Uuid,
  registerId: Uuid,
  openedAt: EpochMs,
  /** The float put in the drawer, counted by denomination. */
  openingCount: CashCount,
});

export const Shift = z
  .object({
    id: Uuid,
    storeId: Uuid,
    registerId: Uuid,
    status: z.enum(['open', 'closed']),
    openedBy: Uuid,
    openedByName: z.string(),
    openedAt: EpochMs,
    businessDate: z.string(),
    openingFloat: z.int(),
    closedAt: EpochMs.nullable(),
    zReportId: Uuid.nullable(),
  })
  .meta({ id: 'Shift' });

export const ShiftParams = z.strictObject({ id: Uuid });
export const RegisterParams = z.strictObject({ registerId: Uuid });

export const CurrentShift = z.object({ shift: Shift.nullable() });

export const CashMovementBody = z.strictObject({
  id: Uuid,
  kind: z.enum(['cash_in', 'cash_out']),
  amount: Amount.min(1),
  reason: Text(1, 200),
  at: EpochMs,
});

export const NoSaleBody = z.strictObject({ id: Uuid, at: EpochMs, reason: Text(1, 200).optional() });

export const CashMovement = z
  .object({
    id: Uuid,
    shiftId: Uuid,
    kind: z.enum(['cash_in', 'cash_out', 'no_sale']),
    amount: z.int(),
    reason: z.string(),
    staffId: Uuid,
    at: EpochMs,
  })
  .meta({ id: 'CashMovement' });

export const CloseShiftBody = z.strictObject({
  closedAt: EpochMs,
  /** The blind count: what is in the drawer, by denomination, counted without seeing the expected amount. */
  count: CashCount,
});

/** The figures of a shift or a day (core `ShiftSummary`); counted and variance once closed. */
export const ShiftSummary = z
  .object({
    openingFloat: z.int(),
    sales: z.object({
      count: z.int(),
      subtotal: z.int(),
      discountTotal: z.int(),
      taxTotal: z.int(),
      netTotal: z.int(),
      total: z.int(),
      cashRounding: z.int(),
      change: z.int(),
    }),
    tenders: z.array(z.object({ kind: z.string(), count: z.int(), amount: z.int() })),
    cashIn: z.int(),
    cashOut: z.int(),
    noSaleCount: z.int(),
    /** Lines removed before payment and tickets abandoned (作废), with the gross value they had. */
    voids: z.object({ lines: z.int(), lineAmount: z.int(), tickets: z.int(), ticketAmount: z.int() }),
    /** Refunds (退货) made in the shift, and what each tender kind gave back. */
    refunds: z.object({
      count: z.int(),
      total: z.int(),
      tenders: z.array(z.object({ kind: z.string(), count: z.int(), amount: z.int() })),
    }),
    expectedCash: z.int(),
    countedCash: z.int().optional(),
    variance: z.int().optional(),
  })
  .meta({ id: 'ShiftSummary' });

/** An X report (an open shift so far) or a shift's close report (交班单). */
export const ShiftReport = z
  .object({
    kind: z.enum(['x', 'close']),
    shift: Shift,
    currency: z.string(),
    generatedAt: EpochMs,
    summary: ShiftSummary,
  })
  .meta({ id: 'ShiftReport' });

export const TakeZReportBody = z.strictObject({ id: Uuid, registerId: Uuid, takenAt: EpochMs });

export const ZReport = z
  .object({
    id: Uuid,
    storeId: Uuid,
    registerId: Uuid,
    zNo: z.int(),
    businessDate: z.string(),
    takenBy: Uuid,
    takenByName: z.string(),
    takenAt: EpochMs,
    currency: z.string(),
    shiftCount: z.int(),
    summary: ShiftSummary,
  })
  .meta({ id: 'ZReport' });

export const ZReportParams = z.strictObject({ id: Uuid });

export type CountLine = z.infer<typeof CountLine>;
export type OpenShiftBody = z.infer<typeof OpenShiftBody>;
export type Shift = z.infer<typeof Shift>;
export type CashMovementBody = z.infer<typeof CashMovementBody>;
export type NoSaleBody = z.infer<typeof NoSaleBody>;
export type CashMovement = z.infer<typeof CashMovement>;
export type CloseShiftBody = z.infer<typeof CloseShiftBody>;
export type ShiftSummary = z.infer<typeof ShiftSummary>;
export type ShiftReport = z.infer<typeof ShiftReport>;
export type TakeZReportBody = z.infer<typeof TakeZReportBody>;
export type ZReport = z.infer<typeof ZReport>;
