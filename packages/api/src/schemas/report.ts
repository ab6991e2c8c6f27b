import { dayNumber } from '@kassa/core';
import { z } from 'zod';
import { Uuid } from './common';
import { Shift, ShiftSummary } from './shift';

/** The longest range a report covers: two years and a day. */
export const MAX_REPORT_DAYS = 732;

/** A business date, 'YYYY-MM-DD', that exists on the calendar. */
export const BusinessDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date is YYYY-MM-DD')
  .refine((text) => dayNumber(text) !== null, 'no such date')
  // Comparisons go a year and a range back: keep every date they reach on the calendar we format.
  .refine((text) => text >= '2000-01-01' && text <= '2199-12-31', 'a date from 2000 to 2199');

/** How a sales report groups its rows. */
export const REPORT_GROUPINGS = [
  'day',
  'hour',
  'weekday_hour',
  'product',
  'category',
  'staff',
  'register',
  'tender',
  'tax_rate',
] as const;
export type ReportGrouping = (typeof REPORT_GROUPINGS)[number];

/** Which period a report compares with: none, the one just before of the same length, or a year earlier. */
export const REPORT_COMPARISONS = ['none', 'previous', 'year'] as const;

/** The store and business-date range every report takes. */
const rangeFields = {
  storeId: Uuid.optional().meta({ description: 'one store; every store you may see when left out' }),
  from: BusinessDate,
  to: BusinessDate,
};

/** Days from `from` to `to`, both included; 0 when either is no date (its own field says so). */
function spanOf(from: string, to: string): number {
  const [first, last] = [dayNumber(from), dayNumber(to)];
  return first === null || last === null ? 0 : last - first + 1;
}

/** Checks a report range: `from` not after `to`, at most {@link MAX_REPORT_DAYS} days. */
function checkedRange<T extends z.ZodObject<typeof rangeFields>>(schema: T) {
  return schema
    .refine((q) => q.from <= q.to, { message: 'from must not be after to', path: ['to'] })
    .refine((q) => spanOf(q.from, q.to) <= MAX_REPORT_DAYS, {
      message: `a report covers at most ${MAX_REPORT_DAYS} days`,
      path: ['to'],
    });
}

export const SalesReportQuery = checkedRange(
  z.object({
    ...rangeFields,
    by: z.enum(REPORT_GROUPINGS),
    compare: z.enum(REPORT_COMPARISONS).default('none'),
    limit: z.coerce
      .number()
      .int()
      .min(1)
      .max(10_000)
      .optional()
      .meta({
        description:
          'only the first rows by net sales (product, category, staff, register, tender, tax rate); ' +
          'every slot of a day or hour grouping is always answered. The compared period answers the same keys.',
      }),
  }),
);
export type SalesReportQuery = z.input<typeof SalesReportQuery>;

const Sum = z.int();

/** The sums of a report row and the figures derived from them (core `salesFigures`). */
export const ReportMeasures = z.object({
  sales: Sum.meta({ description: 'completed sales (for a product or tender: sales that had it)' }),
  items: Sum.meta({ description: 'quantity sold, thousandths' }),
  gross: Sum.meta({ description: 'before discounts' }),
  discounts: Sum,
  net: Sum.meta({ description: 'after discounts, without tax' }),
  tax: Sum,
  cost: Sum,
  uncosted: Sum.meta({ description: 'net of lines sold without a known cost' }),
  rounding: Sum.meta({ description: 'cash rounding (抹零), signed' }),
  paid: Sum.meta({ description: 'money taken after cash rounding' }),
  refunds: Sum,
  refunded: Sum,
  refundTax: Sum,
  refundCost: Sum,
  refundItems: Sum,
  refundUncosted: Sum,
  refundRounding: Sum.meta({
    description: 'cash rounding (抹零) of the sales given back inside refunded, signed',
  }),
  voids: Sum,
  voided: Sum,
  noSales: Sum,
  netSales: Sum.meta({ description: '净销售额: net + tax − (refunded − refundRounding)' }),
  revenue: Sum.meta({ description: 'net sales without tax' }),
  grossProfit: Sum,
  marginBasisPoints: z.int().nullable(),
  uncostedRevenue: Sum,
  averageTicket: z.int().nullable(),
});
export type ReportMeasures = z.infer<typeof ReportMeasures>;

export const ReportRow = z.object({
  /** A date, an hour '00'–'23', 'weekday-hour' ('1-09' is Monday 09:00), an id, a tender kind or a tax rate (ppm). */
  key: z.string(),
  /** The name of a product, category, staff member or register; null where the UI labels the key itself. */
  label: z.string().nullable(),
  measures: ReportMeasures,
});
export type ReportRow = z.infer<typeof ReportRow>;

const ReportPeriod = z.object({
  from: z.string(),
  to: z.string(),
  rows: z.array(ReportRow),
  /** How many rows there are in all: more than `rows` holds when the query set a limit. */
  rowCount: z.int(),
  totals: ReportMeasures,
});

export const SalesReport = ReportPeriod.extend({
  currency: z.string(),
  by: z.enum(REPORT_GROUPINGS),
  storeIds: z.array(z.string()),
  compare: ReportPeriod.nullable(),
});
export type SalesReport = z.infer<typeof SalesReport>;

export const SlowMoversQuery = checkedRange(
  z.object({
    ...rangeFields,
    limit: z.coerce.number().int().min(1).max(500).default(100),
  }),
);
export type SlowMoversQuery = z.input<typeof SlowMoversQuery>;

/** An active product that sold little or nothing in the range, with the stock it ties up. */
export const SlowMover = z.object({
  productId: z.string(),
  name: z.string(),
  sku: z.string(),
  unit: z.enum(['piece', 'kg']),
  /** Thousandths, summed over the stores. */
  onHand: z.int(),
  /** Quantity sold in the range, thousandths, after refunds. */
  items: z.int(),
  netSales: z.int(),
  /** On hand at cost; null when the cost is unknown. */
  stockValue: z.int().nullable(),
});
export type SlowMover = z.infer<typeof SlowMover>;

export const SlowMovers = z.object({
  currency: z.string(),
  storeIds: z.array(z.string()),
  from: z.string(),
  to: z.string(),
  /** Fewest sold first (products that sold nothing lead), then the most stock value tied up. */
  items: z.array(SlowMover),
});
export type SlowMovers = z.infer<typeof SlowMovers>;

export const ShiftsReportQuery = checkedRange(z.object(rangeFields));

export const ShiftsReport = z.object({
  currency: z.string(),
  storeIds: z.array(z.string()),
  from: z.string(),
  to: z.string(),
  /** Shifts opened on the range's business dates, oldest first: closed ones with their frozen close report. */
  shifts: z.array(
    z.object({
      shift: Shift,
      registerName: z.string(),
      /** Null for an open shift unless the caller may take its X report (`shift.report`). */
      summary: ShiftSummary.nullable(),
    }),
  ),
});
export type ShiftsReport = z.infer<typeof ShiftsReport>;

export const EventStreamQuery = z.object({
  storeId: Uuid.optional().meta({ description: 'one store; every store you may see when left out' }),
  after: z.coerce
    .number()
    .int()
    .min(0)
    .optional()
    .meta({ description: 'the last event seq seen, when the client cannot send Last-Event-ID' }),
});

export const TodayQuery = z.object({
  storeId: Uuid.optional().meta({ description: 'one store; every store you may see when left out' }),
});

/** One hour of the business day: net sales today and on the same weekday last week. */
export const TodayHour = z.object({ hour: z.string(), today: z.int(), lastWeek: z.int() });

export const OpenShiftSummary = z.object({
  shiftId: z.string(),
  storeId: z.string(),
  registerId: z.string(),
  registerName: z.string(),
  staffName: z.string(),
  openedAt: z.int(),
});

export const RecentSale = z.object({
  id: z.string(),
  storeId: z.string(),
  registerId: z.string().nullable(),
  /** '01 1号收银台'; empty without a register. */
  registerName: z.string(),
  receiptNo: z.string(),
  total: z.int(),
  lineCount: z.int(),
  at: z.int(),
});
export type RecentSale = z.infer<typeof RecentSale>;

/** The owner's home screen: today so far, against the same weekday last week up to the same hour. */
export const TodaySummary = z.object({
  currency: z.string(),
  storeIds: z.array(z.string()),
  /** Each store's business date today (stores may sit in different time zones). */
  businessDates: z.array(z.string()),
  asOf: z.int(),
  today: ReportMeasures,
  /** The same weekday a week ago, up to the same hour. */
  lastWeek: ReportMeasures,
  /** The whole of that day. */
  lastWeekDay: ReportMeasures,
  /** The business day's hours in order from the cut-over. */
  hours: z.array(TodayHour),
  openShifts: z.array(OpenShiftSummary),
  recentSales: z.array(RecentSale),
  unreadAlerts: z.int(),
});
export type TodaySummary = z.infer<typeof TodaySummary>;
