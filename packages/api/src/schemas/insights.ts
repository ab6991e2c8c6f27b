import { z } from 'zod';
import { Uuid } from './common';
import { BusinessDate } from './report';

export const InsightsQuery = z.object({
  storeId: Uuid.optional().meta({ description: 'one store; every store you may see when left out' }),
  date: BusinessDate.meta({ description: 'the business date to explain; the forecast starts the day after' }),
});
export type InsightsQuery = z.input<typeof InsightsQuery>;

/** Something that sold unusually much or little on the day (core `Standout`), with its name. */
export const Standout = z.object({
  /** A product id, or 'total' for the whole day. */
  key: z.string(),
  label: z.string().nullable(),
  amount: z.int().meta({ description: 'net sales on the day' }),
  usual: z.int().meta({ description: 'median of the same weekday in the weeks before' }),
  change: z.int(),
  ratioBasisPoints: z.int().nullable(),
  reason: z.enum(['far_above_usual', 'far_below_usual', 'above_usual', 'below_usual', 'stopped_selling']),
  score: z.number(),
});
export type Standout = z.infer<typeof Standout>;

/** A 14-day forecast of daily net sales (core `forecastDaily`) with the error it made on its own past. */
export const Forecast = z.object({
  method: z.enum(['holt_winters', 'seasonal_naive', 'mean', 'none']),
  amounts: z.array(z.int()),
  backtest: z
    .object({ horizon: z.int(), wape: z.number().nullable(), mae: z.int() })
    .nullable()
    .meta({ description: 'wape as a fraction (0.12 = 12%), over the last `horizon` days held out' }),
});
export type Forecast = z.infer<typeof Forecast>;

/** 智能分析: what stood out on a day against the same weekday of the weeks before, and what comes next. */
export const Insights = z.object({
  currency: z.string(),
  storeIds: z.array(z.string()),
  date: z.string(),
  /** Weeks of history the day was set against. */
  weeks: z.int(),
  day: z.object({ netSales: z.int(), usual: z.int().nullable() }),
  total: Standout.nullable(),
  risers: z.array(Standout),
  fallers: z.array(Standout),
  newSellers: z.array(z.object({ key: z.string(), label: z.string().nullable(), amount: z.int() })),
  forecast: z.object({
    /** The first forecast day: the day after `date`. */
    from: z.string(),
    /** Net sales of the days up to `date` the chart shows before the forecast. */
    history: z.array(z.object({ date: z.string(), netSales: z.int() })),
    store: Forecast,
    /** The best sellers of the last 4 weeks, each forecast on its own. */
    products: z.array(Forecast.extend({ key: z.string(), label: z.string().nullable() })),
  }),
});
export type Insights = z.infer<typeof Insights>;
