import { currencyExponent, dayNumber, err, ok, parseMoney, type Result } from '@kassa/core';
import { type CsvError, readCsvRecords } from './csv-records';
import { type RetailProduct, retailProducts } from './retail-products';

/**
 * Reading the UCI "Online Retail" export (a UK gift wholesaler's line-level invoices, see
 * /work/shared/data/README.md) into a plain model, before anything touches Kassa. Pure. What each
 * line is:
 *
 * - A line of an invoice `C…` is a **cancellation**: goods (or money) given back, its quantity
 *   negative in the file. Cancellations carry no link to the invoice they cancel.
 * - A line with a negative quantity on any other invoice is a **stock adjustment** (a write-off or
 *   correction; in this file always at price 0, with an empty description or a note such as
 *   'damages'), not a sale. Its description is kept as the adjustment's note, never as a name.
 * - Every other line is a **sale** line, zero prices included (goods given away are still sold).
 *
 * Prices are read from their decimal text (QUIRK(float-artefacts): '2.5499999999999998' is 2.55,
 * rounded half-up on the first dropped digit, never through a binary float; one price is even in
 * exponent notation, see `positional`). Stock codes are compared case-insensitively
 * (QUIRK(stock-codes): '85123a' and '85123A' are the same article in the file, same description)
 * and become SKUs upper-cased, spaces as '-' ('BANK CHARGES' → 'BANK-CHARGES'). Instants stay
 * local shop time as written: the store's time zone places them.
 */

/** The header the file must start with. */
export const ONLINE_RETAIL_COLUMNS = [
  'InvoiceNo',
  'StockCode',
  'Description',
  'Quantity',
  'InvoiceDate',
  'UnitPrice',
  'CustomerID',
] as const;

/** The file's prices are pounds. */
export const ONLINE_RETAIL_CURRENCY = 'GBP';

/** A line of an invoice: pieces sold, or for a cancellation given back (always positive). */
export type RetailLine = {
  readonly sku: string;
  readonly pieces: number;
  /** Minor units (pence). */
  readonly unitPrice: number;
};

/** An invoice, or a cancellation (`invoiceNo` 'C…'), with its lines in the file's order. */
export type RetailInvoice = {
  readonly invoiceNo: string;
  /** Local shop time, 'YYYY-MM-DD HH:MM', of its earliest line. */
  readonly at: string;
  readonly customerId: string | null;
  readonly lines: readonly RetailLine[];
};

/** Stock taken out (negative `pieces`) or put back without a sale. */
export type RetailStockAdjustment = {
  readonly invoiceNo: string;
  readonly at: string;
  readonly sku: string;
  readonly pieces: number;
  /** The line's description, when it had one ('damages', '?'). */
  readonly note: string | null;
};

/** The whole file as Kassa will take it: each list in time order (then by invoice number). */
export type RetailMonth = {
  readonly products: readonly RetailProduct[];
  readonly sales: readonly RetailInvoice[];
  readonly cancellations: readonly RetailInvoice[];
  readonly adjustments: readonly RetailStockAdjustment[];
};

/** Why the file cannot be read; `line` is the file's line (1 is the header). */
export type RetailFileError =
  | { readonly code: 'unreadable_csv'; readonly line: number; readonly reason: CsvError['code'] }
  | { readonly code: 'unexpected_columns'; readonly line: 1; readonly found: readonly string[] }
  | { readonly code: 'wrong_field_count'; readonly line: number; readonly count: number }
  | {
      readonly code: 'bad_value';
      readonly line: number;
      readonly column: Column;
      readonly text: string;
      readonly expected: string;
    }
  | {
      readonly code: 'unclassifiable_line';
      readonly line: number;
      readonly reason: 'zero_quantity' | 'cancellation_not_negative' | 'negative_sale_line';
    };

/** One line of the file, read and classified. */
export type RetailFileLine = {
  readonly kind: 'sale' | 'cancellation' | 'adjustment';
  readonly invoiceNo: string;
  readonly sku: string;
  readonly description: string;
  /** Signed, as in the file. */
  readonly quantity: number;
  readonly at: string;
  readonly unitPrice: number;
  readonly customerId: string | null;
};

const MAX_PIECES = 1_000_000;

/** Reads the file's text into a {@link RetailMonth}, or says which line and value it cannot take. */
export function readOnlineRetail(text: string): Result<RetailMonth, RetailFileError> {
  const read = readCsvRecords(text);
  if (!read.ok) return err({ code: 'unreadable_csv', line: read.error.line, reason: read.error.code });
  const [header, ...records] = read.value;
  const found = header?.fields.map((name) => name.trim()) ?? [];
  if (found.join(',') !== ONLINE_RETAIL_COLUMNS.join(',')) {
    return err({ code: 'unexpected_columns', line: 1, found });
  }
  const lines: RetailFileLine[] = [];
  for (const record of records) {
    const line = readLine(record.line, record.fields);
    if (!line.ok) return line;
    lines.push(line.value);
  }
  return ok({
    products: retailProducts(lines),
    sales: invoices(lines.filter((line) => line.kind === 'sale')),
    cancellations: invoices(lines.filter((line) => line.kind === 'cancellation')),
    adjustments: lines
      .filter((line) => line.kind === 'adjustment')
      .map((line) => ({
        invoiceNo: line.invoiceNo,
        at: line.at,
        sku: line.sku,
        pieces: line.quantity,
        note: line.description.trim() === '' ? null : line.description.trim(),
      }))
      .sort(byTimeThenInvoice),
  });
}

/** A stock code as a Kassa SKU: upper case, runs of spaces as '-'. */
export function skuOf(stockCode: string): string {
  return stockCode.trim().toUpperCase().replace(/\s+/g, '-');
}

type Column = (typeof ONLINE_RETAIL_COLUMNS)[number];
type Unclassifiable = (RetailFileError & { code: 'unclassifiable_line' })['reason'];

function badValue(line: number, column: Column, text: string, expected: string) {
  return err<RetailFileError>({ code: 'bad_value', line, column, text, expected });
}

function unclassifiable(line: number, reason: Unclassifiable) {
  return err<RetailFileError>({ code: 'unclassifiable_line', line, reason });
}

function readLine(line: number, fields: readonly string[]): Result<RetailFileLine, RetailFileError> {
  if (fields.length !== ONLINE_RETAIL_COLUMNS.length) {
    return err({ code: 'wrong_field_count', line, count: fields.length });
  }
  const [invoiceText = '', codeText = '', description = '', quantityText = '', dateText = ''] = fields;
  const [priceText = '', customerText = ''] = fields.slice(5);
  const invoiceNo = invoiceText.trim();
  if (!/^C?\d{1,9}$/.test(invoiceNo)) {
    return badValue(line, 'InvoiceNo', invoiceText, 'digits, "C" first for a cancellation');
  }
  const sku = skuOf(codeText);
  if (!/^[\p{L}\p{N}._\-/]{1,64}$/u.test(sku)) {
    return badValue(line, 'StockCode', codeText, 'letters, digits, . _ - /');
  }
  const quantity = /^[+-]?\d{1,7}$/.test(quantityText.trim()) ? Number(quantityText) : Number.NaN;
  if (!(Math.abs(quantity) <= MAX_PIECES)) {
    return badValue(line, 'Quantity', quantityText, `whole pieces, at most ${MAX_PIECES} either way`);
  }
  const at = localTime(dateText.trim());
  if (at === null) return badValue(line, 'InvoiceDate', dateText, 'YYYY-MM-DD HH:MM');
  const price = parseMoney(positional(priceText.trim()), ONLINE_RETAIL_CURRENCY, {
    excessDigits: 'round-half-up',
  });
  if (!price.ok || price.value.amount < 0) {
    const decimals = currencyExponent(ONLINE_RETAIL_CURRENCY);
    return badValue(line, 'UnitPrice', priceText, `pounds, 0 or more, ${decimals} decimals`);
  }
  const customer = customerText.trim();
  if (!/^(\d+(\.0+)?)?$/.test(customer))
    return badValue(line, 'CustomerID', customerText, 'digits, or nothing');

  const cancellation = invoiceNo.startsWith('C');
  if (quantity === 0) return unclassifiable(line, 'zero_quantity');
  if (cancellation && quantity > 0) return unclassifiable(line, 'cancellation_not_negative');
  // A negative quantity outside a cancellation moves stock only: at a price it would be money back
  // with no cancellation to say so, which this file never does.
  if (!cancellation && quantity < 0 && price.value.amount !== 0) {
    return unclassifiable(line, 'negative_sale_line');
  }
  return ok({
    kind: cancellation ? 'cancellation' : quantity < 0 ? 'adjustment' : 'sale',
    invoiceNo,
    sku,
    description,
    quantity,
    at,
    unitPrice: price.value.amount,
    customerId: customer === '' ? null : (customer.split('.')[0] ?? customer),
  });
}

/**
 * A number in exponent notation written out positionally, by moving the point in the digits (no
 * float); anything else as it is. QUIRK(exponent): the spreadsheet wrote one price of the file as
 * '7.0000000000000007E-2', which is '0.070000000000000007': 0.07.
 */
export function positional(text: string): string {
  const match = /^([+-]?)(\d+)(?:\.(\d*))?[eE]([+-]?\d{1,3})$/.exec(text);
  if (!match) return text;
  const [, sign = '', integer = '', fraction = '', exponent = ''] = match;
  const digits = integer + fraction;
  const point = integer.length + Number(exponent);
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return `${sign}${digits}${'0'.repeat(point - digits.length)}`;
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}

/** 'YYYY-MM-DD HH:MM' when it is a real date and time, else null. */
function localTime(text: string): string | null {
  const match = /^(\d{4}-\d{2}-\d{2}) (\d{2}):(\d{2})$/.exec(text);
  if (!match) return null;
  const [, date = '', hour = '', minute = ''] = match;
  return dayNumber(date) !== null && Number(hour) < 24 && Number(minute) < 60 ? text : null;
}

function invoices(lines: readonly RetailFileLine[]): RetailInvoice[] {
  const byNumber = new Map<string, { at: string; customerId: string | null; lines: RetailLine[] }>();
  for (const line of lines) {
    let invoice = byNumber.get(line.invoiceNo);
    if (!invoice) {
      invoice = { at: line.at, customerId: line.customerId, lines: [] };
      byNumber.set(line.invoiceNo, invoice);
    }
    // QUIRK(invoice-time): a few invoices span two minutes; the invoice is when it began.
    if (line.at < invoice.at) invoice.at = line.at;
    invoice.customerId ??= line.customerId;
    invoice.lines.push({ sku: line.sku, pieces: Math.abs(line.quantity), unitPrice: line.unitPrice });
  }
  return [...byNumber].map(([invoiceNo, invoice]) => ({ invoiceNo, ...invoice })).sort(byTimeThenInvoice);
}

function byTimeThenInvoice(
  a: { readonly at: string; readonly invoiceNo: string },
  b: { readonly at: string; readonly invoiceNo: string },
): number {
  if (a.at !== b.at) return a.at < b.at ? -1 : 1;
  return a.invoiceNo < b.invoiceNo ? -1 : a.invoiceNo > b.invoiceNo ? 1 : 0;
}
