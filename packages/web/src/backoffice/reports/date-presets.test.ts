import { describe, expect, it } from 'vitest';
import { presetOf, presetRange } from './date-presets';

describe('presetRange', () => {
  it('reads today, yesterday, this week from Monday and this month from the 1st', () => {
    // 2026-11-22 is a Sunday.
    expect(presetRange('today', '2026-11-22')).toEqual({ from: '2026-11-22', to: '2026-11-22' });
    expect(presetRange('yesterday', '2026-11-22')).toEqual({ from: '2026-11-21', to: '2026-11-21' });
    expect(presetRange('week', '2026-11-22')).toEqual({ from: '2026-11-16', to: '2026-11-22' });
    expect(presetRange('week', '2026-11-16')).toEqual({ from: '2026-11-16', to: '2026-11-16' });
    expect(presetRange('month', '2026-11-22')).toEqual({ from: '2026-11-01', to: '2026-11-22' });
  });

  it('takes the whole month before, across a year and a leap February', () => {
    expect(presetRange('lastMonth', '2026-01-15')).toEqual({ from: '2025-12-01', to: '2025-12-31' });
    expect(presetRange('lastMonth', '2028-03-01')).toEqual({ from: '2028-02-01', to: '2028-02-29' });
    expect(presetRange('yesterday', '2026-03-01')).toEqual({ from: '2026-02-28', to: '2026-02-28' });
  });
});

describe('presetOf', () => {
  it('names the preset a range is, or custom', () => {
    expect(presetOf({ from: '2026-11-16', to: '2026-11-22' }, '2026-11-22')).toBe('week');
    expect(presetOf({ from: '2026-11-22', to: '2026-11-22' }, '2026-11-22')).toBe('today');
    expect(presetOf({ from: '2026-11-10', to: '2026-11-22' }, '2026-11-22')).toBe('custom');
  });
});
