import { describe, expect, it } from 'vitest';
import { readReportQuery, reportHref } from './report-query';

const defaults = { today: '2026-11-22', storeId: 'store-1' };

describe('readReportQuery', () => {
  it('defaults to this week of the store, without comparison', () => {
    expect(readReportQuery('', defaults)).toEqual({
      from: '2026-11-16',
      to: '2026-11-22',
      store: 'store-1',
      compare: 'none',
    });
  });

  it('reads a report address back', () => {
    const href = reportHref('products', {
      from: '2026-10-01',
      to: '2026-10-31',
      store: 'all',
      compare: 'year',
    });
    expect(href).toBe('/backoffice/reports/products?from=2026-10-01&to=2026-10-31&store=all&compare=year');
    expect(readReportQuery(href.split('?')[1] ?? '', defaults)).toEqual({
      from: '2026-10-01',
      to: '2026-10-31',
      store: 'all',
      compare: 'year',
    });
  });

  it('mends a broken address instead of failing', () => {
    expect(readReportQuery('?from=2026-02-30&to=2026-03-01&compare=decade', defaults)).toMatchObject({
      from: '2026-11-16',
      to: '2026-11-22',
      compare: 'none',
    });
    expect(readReportQuery('?from=2026-11-20&to=2026-11-02', defaults)).toMatchObject({
      from: '2026-11-02',
      to: '2026-11-20',
    });
  });
});
