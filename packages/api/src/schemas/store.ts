import { z } from 'zod';
import { Uuid } from './common';

export const ScaleBarcodeTemplate = z.object({
  prefix: z.string().regex(/^\d{1,3}$/),
  pluLength: z.int().min(1).max(6),
  valueLength: z.int().min(4).max(6),
  kind: z.enum(['weight', 'price']),
});

export const Store = z
  .object({
    id: Uuid,
    code: z.string(),
    name: z.string(),
    address: z.string().nullable(),
    phone: z.string().nullable(),
    currency: z.string(),
    locale: z.string(),
    timeZone: z.string(),
    businessDayCutoverMinutes: z.int(),
    taxMode: z.enum(['inclusive', 'exclusive']),
    taxRounding: z.enum(['line', 'receipt']),
    taxInclusiveTarget: z.enum(['net', 'tax']),
    roundingMode: z.enum(['half-up', 'half-even', 'down', 'up', 'floor', 'ceiling']),
    cashRounding: z.object({ increment: z.int().min(0), mode: z.enum(['down', 'half-up']) }),
    scaleBarcodeTemplates: z.array(ScaleBarcodeTemplate),
    receiptFooter: z.string().nullable(),
    /** Where the money for a return without a receipt (无小票退货) goes. */
    unreceiptedReturnTender: z.enum(['cash', 'card']),
    /** After how many hours offline a register alerts the owner (收银机离线提醒). */
    registerOfflineAlertHours: z.int().min(1),
  })
  .meta({ id: 'Store' });

export const Register = z
  .object({
    id: Uuid,
    storeId: Uuid,
    code: z.string(),
    name: z.string(),
    active: z.boolean(),
    /** In training mode (培训模式): its sales are training sales. */
    training: z.boolean(),
    /** Where the server prints its receipts; null: through the browser's print dialog. */
    printer: z
      .discriminatedUnion('kind', [
        z.object({
          kind: z.literal('network'),
          host: z.string(),
          port: z.int(),
          paper: z.enum(['58', '80']),
        }),
        z.object({ kind: z.literal('device'), path: z.string(), paper: z.enum(['58', '80']) }),
      ])
      .nullable(),
    /** Store-local times ('HH:MM', ascending) its shifts are handed over at (自动交班); empty: by hand only. */
    handoverTimes: z.array(z.string()),
    /** The next receipt numbers the server knows of (normal, training): the register numbers from here on. */
    nextReceiptSeq: z.int(),
    nextTrainingSeq: z.int(),
  })
  .meta({ id: 'Register' });

export const StoreParams = z.strictObject({ storeId: Uuid });
export const TrainingBody = z.strictObject({ training: z.boolean() });

/**
 * Hosts a receipt printer is never on: the metadata services of cloud machines and link-local
 * addresses. (Loopback stays allowed: a print server on the same machine is a real setup.)
 */
const FORBIDDEN_HOST = /^(169\.254\.|0\.0\.0\.0$|\[?fe80:|metadata\b)/i;

/**
 * A receipt printer on the network (raw TCP, usually port 9100) or a USB / serial printer device on
 * the server. The device path is one of the printer or serial-port device names and nothing else:
 * Kassa appends bytes to it, so it must never reach a file (or `/dev/fd/N`, one of its own).
 */
export const PrinterBody = z.strictObject({
  printer: z
    .discriminatedUnion('kind', [
      z.strictObject({
        kind: z.literal('network'),
        host: z
          .string()
          .regex(/^[A-Za-z0-9.-]{1,253}$|^\[?[0-9A-Fa-f:]+\]?$/, 'a host name or IP address')
          .refine((host) => !FORBIDDEN_HOST.test(host), 'not a link-local or metadata address'),
        port: z.int().min(1).max(65_535).default(9100),
        paper: z.enum(['58', '80']).default('80'),
      }),
      z.strictObject({
        kind: z.literal('device'),
        path: z
          .string()
          .regex(
            /^\/dev\/(usb\/lp\d{1,3}|lp\d{1,3}|tty(USB|ACM|S)\d{1,3})$/,
            'a printer device: /dev/usb/lp0, /dev/lp0, /dev/ttyUSB0, /dev/ttyACM0 or /dev/ttyS0',
          ),
        paper: z.enum(['58', '80']).default('80'),
      }),
    ])
    .nullable(),
});
/**
 * The times a register's shift is handed over at (自动交班), on the store's wall clock: at most six,
 * each 'HH:MM' 24-hour, no repeats. Saved in ascending order; an empty list turns it off.
 */
export const HandoverBody = z.strictObject({
  times: z
    .array(z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a 24-hour time of day, e.g. 14:00'))
    .max(6)
    .refine((times) => new Set(times).size === times.length, 'each time once')
    .transform((times) => [...times].sort()),
});

/** Which register's printer prints; whether it is the original or a copy is the server's to say. */
export const PrintBody = z.strictObject({ registerId: Uuid });

/** A receipt for a printer attached to the register's browser (USB or serial): bytes for its paper width. */
export const PrintJobBody = z.strictObject({ registerId: Uuid, width: z.enum(['58', '80']).default('80') });

/** ESC/POS bytes for a 58 or 80 mm printer, in the store's language unless asked otherwise. */
export const EscPosQuery = z.strictObject({
  width: z.enum(['58', '80']).default('80'),
  lang: z.enum(['zh-CN', 'en']).optional(),
});

export type Store = z.infer<typeof Store>;
export type Register = z.infer<typeof Register>;

/** What the owner may change of a store here; the rest (currency, tax) stays as set up. */
export const UpdateStoreBody = z
  .strictObject({
    name: z.string().trim().min(1).max(100).optional(),
    address: z.string().max(200).nullable().optional(),
    phone: z.string().max(40).nullable().optional(),
    receiptFooter: z.string().max(200).nullable().optional(),
    unreceiptedReturnTender: z.enum(['cash', 'card']).optional(),
    registerOfflineAlertHours: z.int().min(1).max(720).optional(),
  })
  .refine((body) => Object.keys(body).length > 0, 'nothing to change');
export type UpdateStoreBody = z.infer<typeof UpdateStoreBody>;
