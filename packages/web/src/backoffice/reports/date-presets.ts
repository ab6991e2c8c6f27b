import { addDays, isoWeekday } from '@kassa/core';

/** The ranges a report offers in one tap; 'custom' is any other. */
export const DATE_PRESETS = ['today', 'yesterday', 'week', 'month', 'lastMonth'] as const;
export type DatePreset = (typeof DATE_PRESETS)[number];

export type DateRange = { readonly from: string; readonly to: string };

/**
 * A preset's business dates as seen on `today` (the store's business date): this week starts on
 * Monday and this month on the 1st, both up to today; last month is the whole calendar month before.
 */
export function presetRange(preset: DatePreset, today: string): DateRange {
  switch (preset) {
    case 'today':
      return { from: today, to: today };
    case 'yesterday': {
      const yesterday = addDays(today, -1);
      return { from: yesterday, to: yesterday };
    }
    case 'week':
      return { from: addDays(today, 1 - isoWeekday(today)), to: today };
    case 'month':
      return { from: `${today.slice(0, 8)}01`, to: today };
    case 'lastMonth': {
      const lastDay = addDays(`${today.slice(0, 8)}01`, -1);
      return { from: `${lastDay.slice(0, 8)}01`, to: lastDay };
    }
  }
}

/** The preset a range is on `today`, or 'custom'. */
export function presetOf(range: DateRange, today: string): DatePreset | 'custom' {
  return (
    DATE_PRESETS.find((preset) => {
      const candidate = presetRange(preset, today);
      return candidate.from === range.from && candidate.to === range.to;
    }) ?? 'custom'
  );
}
