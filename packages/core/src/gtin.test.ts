import { describe, expect, it } from 'vitest';
import { expandUpcE, gtinCheckDigit, validateGtin } from './gtin';

describe('gtinCheckDigit', () => {
  it.each([
    ['400638133393', 1],
    ['690102807583', 1], // a Chinese (690–699 prefix) EAN-13
    ['7351353', 7],
    ['03600029145', 2],
    ['01234500006', 5],
  ])('%s → %i', (body, digit) => {
    expect(gtinCheckDigit(body)).toBe(digit);
  });
  it('throws on non-digits', () => {
    expect(() => gtinCheckDigit('12a')).toThrow(RangeError);
  });
});

describe('validateGtin', () => {
  it.each([
    ['4006381333931', 'ean13', '4006381333931'],
    ['6901028075831', 'ean13', '6901028075831'],
    ['73513537', 'ean8', '73513537'],
    ['036000291452', 'upca', '0036000291452'],
    // 01234565 is a valid EAN-8 *and* a valid UPC-E: digits alone read it as EAN-8.
    ['01234565', 'ean8', '01234565'],
    // 04252614 fails the EAN-8 check but is UPC-E for 042100005264.
    ['04252614', 'upce', '0042100005264'],
  ])('%s is %s → %s', (code, kind, normalized) => {
    expect(validateGtin(code)).toEqual({ ok: true, value: { kind, normalized } });
  });

  it('reads an 8-digit code as UPC-E when the scanner says so', () => {
    expect(validateGtin('01234565', { eightDigits: 'upce' })).toEqual({
      ok: true,
      value: { kind: 'upce', normalized: '0012345000065' },
    });
  });

  it.each([
    ['4006381333932', { code: 'bad_check_digit', expected: 1 }],
    ['73513538', { code: 'bad_check_digit', expected: 7 }],
    ['400638133393', { code: 'bad_check_digit', expected: 0 }], // read as UPC-A
    ['12345', { code: 'bad_length' }],
    ['40063813339312', { code: 'bad_length' }],
    ['4006381333 31', { code: 'not_digits' }],
    ['', { code: 'not_digits' }],
  ])('%j → %j', (code, error) => {
    expect(validateGtin(code)).toEqual({ ok: false, error });
  });
});

describe('expandUpcE', () => {
  it.each([
    ['01234565', '012345000065'], // last digit 5–9: manufacturer 12345, item 0000 + 6
    ['04252614', '042100005264'], // last digit 0–2: 42 + 1 + 0000 + 526
    ['01234531', '012300000451'], // last digit 3: 123 + 00000 + 45
    ['01234543', '012340000053'], // last digit 4: 1234 + 00000 + 5
    ['123456', '012345000065'], // 6 digits: number system 0, check digit computed
  ])('%s → %s', (code, upca) => {
    expect(expandUpcE(code)).toBe(upca);
  });
  it('throws on other shapes', () => {
    expect(() => expandUpcE('21234565')).toThrow(RangeError);
    expect(() => expandUpcE('12345')).toThrow(RangeError);
  });
});
