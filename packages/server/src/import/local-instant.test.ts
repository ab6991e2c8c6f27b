import { describe, expect, it } from 'vitest';
import { localInstant } from './local-instant';

describe('localInstant', () => {
  it('reads London winter time as UTC and summer time an hour ahead of it', () => {
    expect(localInstant('2010-12-01 08:26', 'Europe/London')).toBe(Date.UTC(2010, 11, 1, 8, 26));
    expect(localInstant('2011-06-01 08:26', 'Europe/London')).toBe(Date.UTC(2011, 5, 1, 7, 26));
    expect(localInstant('2010-12-01 08:26', 'Asia/Shanghai')).toBe(Date.UTC(2010, 11, 1, 0, 26));
  });

  it('takes the first of a repeated autumn hour, and moves a skipped spring time past the jump', () => {
    // 2010-10-31 01:30 happened twice in London: at 00:30 UTC (BST) and at 01:30 UTC (GMT).
    expect(localInstant('2010-10-31 01:30', 'Europe/London')).toBe(Date.UTC(2010, 9, 31, 0, 30));
    // 2011-03-27 01:30 never showed: clocks went from 01:00 to 02:00; it is read as 02:30 BST.
    expect(localInstant('2011-03-27 01:30', 'Europe/London')).toBe(Date.UTC(2011, 2, 27, 1, 30));
  });
});
