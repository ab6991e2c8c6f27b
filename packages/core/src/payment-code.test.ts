import { describe, expect, it } from 'vitest';
import { classifyPaymentCode, maskPaymentCode } from './payment-code';

describe('classifyPaymentCode', () => {
  it.each([
    ['134567890123456789', 'wechat'],
    ['100000000000000000', 'wechat'],
    ['159999999999999999', 'wechat'],
    ['2812345678901234', 'alipay'],
    ['250000000000000000000000', 'alipay'],
    ['301234567890123456', 'alipay'],
    [' 13 4567 8901 2345 6789 ', 'wechat'],
  ])('%s is a %s code', (code, provider) => {
    const result = classifyPaymentCode(code);
    expect(result).toEqual({ ok: true, value: { provider, code: code.replace(/\s/g, '') } });
  });

  it.each([
    ['', 'empty'],
    ['13456789012345678', 'WeChat prefix, 17 digits'],
    ['1345678901234567890', 'WeChat prefix, 19 digits'],
    ['164567890123456789', '18 digits starting 16'],
    ['091234567890123456', '18 digits starting 09'],
    ['281234567890123', 'Alipay prefix, 15 digits'],
    ['2812345678901234567890123', 'Alipay prefix, 25 digits'],
    ['311234567890123456', 'starting 31'],
    ['6901234567892', 'a product EAN-13'],
    ['13456789012345678a', 'a letter'],
    ['S01-01-000123', 'a receipt number'],
  ])('refuses %j (%s)', (code) => {
    expect(classifyPaymentCode(code)).toEqual({ ok: false, error: { code: 'invalid_payment_code' } });
  });
});

describe('maskPaymentCode', () => {
  it('keeps the first 2 and last 4 digits only', () => {
    expect(maskPaymentCode('134567890123456789')).toBe('13************6789');
    expect(maskPaymentCode('2812345678901234')).toBe('28**********1234');
  });
});
