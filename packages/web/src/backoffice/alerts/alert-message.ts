import type { Alert } from '@kassa/api';
import type { TFunction } from 'i18next';
import type { Format } from '../../shared/format/format';

/** The alert kinds with a sentence of their own in `reports.alerts.kinds`. */
const KNOWN = new Set([
  'negative_stock',
  'low_stock',
  'register_offline',
  'receipt_renumbered',
  'cash_variance',
  'unusual_refunds',
  'unusual_voids',
  'unusual_no_sales',
]);

const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const int = (value: unknown): number => (typeof value === 'number' && Number.isFinite(value) ? value : 0);

/** A quantity in thousandths, as a plain number: 2500 → '2.5'. */
function quantity(format: Format, thousandths: number): string {
  return new Intl.NumberFormat(format.locale, { maximumFractionDigits: 3 }).format(thousandths / 1000);
}

/**
 * One sentence saying what an alert is about, from its kind and details, in the UI language. A
 * kind without a sentence of its own (a business rule a sale broke) reads as the error message
 * of its code, which says the same thing.
 */
export function alertMessage(t: TFunction, format: Format, alert: Alert, currency: string): string {
  const d = alert.details;
  if (!KNOWN.has(alert.kind)) {
    const message = t(`errors.${alert.kind}`, { defaultValue: '' });
    return t('reports.alerts.kinds.other', { message: message || alert.kind });
  }
  const money = (value: unknown) => format.money(int(value), currency);
  return t(`reports.alerts.kinds.${alert.kind}`, {
    product: text(d.productName) || text(d.name) || text(d.productId),
    onHand: quantity(format, int(d.onHand)),
    reorderPoint: quantity(format, int(d.reorderPoint)),
    register: text(d.registerName) || text(d.registerCode),
    hours: int(d.limitHours),
    printed: text(d.printed),
    variance: money(d.variance),
    staff: text(d.staffName) || text(d.staff),
    date: text(d.businessDate),
    count: int(d.count),
    amount: money(d.amount),
  });
}
