import { STANDOUT_REASONS } from '@kassa/core';
import { describe, expect, it } from 'vitest';
import { REPORT_IDS, SALES_REPORTS } from '../../backoffice/reports/report-kinds';
import { en } from './en';
import { zhCN } from './zh-CN';

function lookup(tree: object, key: string): unknown {
  return key
    .split('.')
    .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], tree);
}

describe('the report messages', () => {
  it('name every report, column, reason and forecast method the screens build keys for, in both languages', () => {
    const keys = [
      ...REPORT_IDS.map((id) => `reports.kinds.${id}`),
      ...SALES_REPORTS.flatMap((kind) => kind.columns.map((column) => `reports.columns.${column.id}`)),
      ...STANDOUT_REASONS.map((reason) => `reports.insights.reasons.${reason}`),
      ...['holt_winters', 'seasonal_naive', 'mean', 'none'].map(
        (method) => `reports.insights.methods.${method}`,
      ),
      ...[1, 2, 3, 4, 5, 6, 7].map((day) => `reports.weekdays.${day}`),
      ...['today', 'yesterday', 'week', 'month', 'lastMonth', 'custom'].map((p) => `reports.presets.${p}`),
      ...['none', 'previous', 'year'].map((c) => `reports.compare.${c}`),
    ];
    const missing = keys.filter(
      (key) => typeof lookup(zhCN, key) !== 'string' || typeof lookup(en, key) !== 'string',
    );
    expect(missing).toEqual([]);
  });
});
