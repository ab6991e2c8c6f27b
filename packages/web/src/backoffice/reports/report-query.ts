import { dayNumber } from '@kassa/core';
import { presetRange } from './date-presets';

export const COMPARISONS = ['none', 'previous', 'year'] as const;
export type Comparison = (typeof COMPARISONS)[number];

/** What a report screen shows, kept in its address so a link or a reload opens the same figures. */
export type ReportQuery = {
  readonly from: string;
  readonly to: string;
  /** A store's id, or 'all': every store the user may see. */
  readonly store: string;
  readonly compare: Comparison;
};

const isDate = (text: string | null): text is string =>
  text !== null && /^\d{4}-\d{2}-\d{2}$/.test(text) && dayNumber(text) !== null;

/**
 * The report query in an address's search, each missing or broken part from the defaults: this
 * week of the store's business `today`, the back office's store, no comparison. A range given
 * backwards is turned round.
 */
export function readReportQuery(search: string, defaults: { today: string; storeId: string }): ReportQuery {
  const params = new URLSearchParams(search);
  const week = presetRange('week', defaults.today);
  const from = params.get('from');
  const to = params.get('to');
  const [first, last] = isDate(from) && isDate(to) ? [from, to].sort() : [week.from, week.to];
  const compare = params.get('compare');
  return {
    from: first ?? week.from,
    to: last ?? week.to,
    store: params.get('store') || defaults.storeId,
    compare: (COMPARISONS as readonly string[]).includes(compare ?? '') ? (compare as Comparison) : 'none',
  };
}

/** The address of a report with a query (parts left out take their defaults when read). */
export function reportHref(report: string, query: Partial<ReportQuery> = {}): string {
  const params = new URLSearchParams();
  if (query.from) params.set('from', query.from);
  if (query.to) params.set('to', query.to);
  if (query.store) params.set('store', query.store);
  if (query.compare && query.compare !== 'none') params.set('compare', query.compare);
  const search = params.toString();
  return `/backoffice/reports/${report}${search ? `?${search}` : ''}`;
}
