import { z } from 'zod';
import { Amount, Uuid } from './common';

/** Something recorded anyway that the owner should look at. */
export const Alert = z.object({
  id: z.string(),
  storeId: z.string(),
  kind: z.string().meta({ description: "e.g. 'negative_stock', 'register_offline', 'unusual_refunds'" }),
  refId: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
  createdAt: z.int(),
  readAt: z.int().nullable(),
});
export type Alert = z.infer<typeof Alert>;

export const AlertQuery = z.object({
  storeId: Uuid.optional().meta({ description: 'one store; every store you may see when left out' }),
  unread: z
    .enum(['true', 'false'])
    .optional()
    .transform((value) => value === 'true')
    .meta({ description: 'only unread alerts' }),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export const AlertList = z.object({ items: z.array(Alert), unread: z.int() });
export type AlertList = z.infer<typeof AlertList>;

export const AlertParams = z.object({ alertId: Uuid });

export const ReadAlertsBody = z.object({
  storeId: Uuid.optional().meta({ description: 'one store; every store you may see when left out' }),
});

export const ReadAlertsAnswer = z.object({ marked: z.int() });

/** The alert kinds a store can turn off; the rest (a sale's broken rules, sync conflicts…) are always on. */
export const SWITCHABLE_ALERT_KINDS = [
  'low_stock',
  'negative_stock',
  'cash_variance',
  'unusual_refunds',
  'unusual_voids',
  'unusual_no_sales',
  'register_offline',
] as const;
export type SwitchableAlertKind = (typeof SWITCHABLE_ALERT_KINDS)[number];

const switches = Object.fromEntries(SWITCHABLE_ALERT_KINDS.map((kind) => [kind, z.boolean()])) as {
  [K in SwitchableAlertKind]: z.ZodBoolean;
};

const alertThresholds = {
  registerOfflineAlertHours: z
    .int()
    .min(1)
    .max(720)
    .meta({ description: 'a register offline longer than this many hours alerts (收银机离线提醒)' }),
  cashVarianceThreshold: Amount.meta({
    description: 'integer minor units: a shift close whose |counted − expected cash| is above this alerts',
  }),
  unusualSensitivity: z
    .number()
    .min(2)
    .max(10)
    .refine((value) => Math.abs(value * 10 - Math.round(value * 10)) < 1e-9, 'at most one decimal, e.g. 3.5')
    .meta({
      description:
        "how many robust spreads above a cashier's usual count (and the store's) make refunds, voids or no-sales unusual; 3.5 by default",
    }),
  unusualMinCount: z
    .int()
    .min(1)
    .max(1000)
    .meta({ description: 'a day with fewer refunds (voids, no-sales) than this is never unusual' }),
};

/** A store's alert settings: which kinds are on, and the thresholds (提醒设置). */
export const AlertSettings = z
  .object({ storeId: Uuid, enabled: z.object(switches), ...alertThresholds })
  .meta({ id: 'AlertSettings' });
export type AlertSettings = z.infer<typeof AlertSettings>;

/** Every setting, replaced as a whole. */
export const AlertSettingsBody = z.strictObject({ enabled: z.strictObject(switches), ...alertThresholds });
export type AlertSettingsBody = z.infer<typeof AlertSettingsBody>;
