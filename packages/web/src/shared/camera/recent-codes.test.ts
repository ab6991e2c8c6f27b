import { describe, expect, it } from 'vitest';
import { createRecentCodes } from './recent-codes';

describe('createRecentCodes', () => {
  it('accepts a code the first time it is seen', () => {
    expect(createRecentCodes(1_500).accept('6901234567892', 0)).toBe(true);
  });

  it('ignores the same code for as long as it stays in view, seen four times a second', () => {
    const recent = createRecentCodes(1_500);
    expect(recent.accept('6901234567892', 0)).toBe(true);
    // Seen every 250 ms for five seconds: never a second scan.
    const again = Array.from({ length: 20 }, (_, i) => recent.accept('6901234567892', 250 * (i + 1)));
    expect(again.every((accepted) => !accepted)).toBe(true);
  });

  it('accepts the same code again once it was out of sight for the whole window', () => {
    const recent = createRecentCodes(1_500);
    recent.accept('6901234567892', 0);
    expect(recent.accept('6901234567892', 1_499)).toBe(false);
    // Last seen at 1 499: 1 500 ms later is a new scan, 1 ms earlier is not.
    expect(recent.accept('6901234567892', 2_998)).toBe(false);
    expect(recent.accept('6901234567892', 4_498)).toBe(true);
  });

  it('accepts another code at once, and keeps each code its own window', () => {
    const recent = createRecentCodes(1_500);
    expect(recent.accept('6901234567892', 0)).toBe(true);
    expect(recent.accept('4006381333931', 100)).toBe(true);
    expect(recent.accept('6901234567892', 200)).toBe(false);
    expect(recent.accept('4006381333931', 1_700)).toBe(true);
  });
});
