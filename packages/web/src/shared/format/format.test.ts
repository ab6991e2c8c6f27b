import { describe, expect, it } from 'vitest';
import { createFormat } from './format';

describe('createFormat', () => {
  const zh = createFormat('zh-CN');
  const en = createFormat('en');

  it('writes basis points as a percentage, negative ones too', () => {
    expect(zh.percent(1050)).toBe('10.5%');
    expect(zh.percent(1000)).toBe('10%');
    expect(zh.percent(7)).toBe('0.07%');
    expect(zh.percent(-25)).toBe('-0.25%');
    expect(zh.percent(-1250)).toBe('-12.5%');
    expect(zh.percent(0)).toBe('0%');
  });

  it("writes an instant's time of day in the store's time zone", () => {
    const at = Date.UTC(2026, 10, 22, 6, 5, 9);
    expect(zh.time(at, 'Asia/Shanghai')).toBe('14:05:09');
    expect(en.time(at, 'Europe/London')).toBe('06:05:09');
  });

  it('writes a business date with its weekday, whatever the browser’s time zone', () => {
    expect(zh.businessDate('2026-11-22')).toBe('11月22日周日');
    expect(en.businessDate('2026-11-22')).toBe('Sun, Nov 22');
  });
});
