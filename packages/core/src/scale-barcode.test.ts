import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SCALE_TEMPLATES,
  encodeScaleBarcode,
  isValidScaleTemplate,
  parseScaleBarcode,
  pluKey,
  type ScaleBarcodeTemplate,
} from './scale-barcode';

const weight = DEFAULT_SCALE_TEMPLATES[0] as ScaleBarcodeTemplate;
const price: ScaleBarcodeTemplate = { prefix: '28', pluLength: 5, valueLength: 5, kind: 'price' };
const tenGrams: ScaleBarcodeTemplate = {
  prefix: '27',
  pluLength: 5,
  valueLength: 5,
  kind: 'weight',
  valueDecimals: 2,
};

describe('parseScaleBarcode', () => {
  it('reads the default weight label: 20 + PLU 00042 + 00350 g + check digit 0', () => {
    expect(parseScaleBarcode('2000042003500', DEFAULT_SCALE_TEMPLATES)).toEqual({
      plu: '00042',
      kind: 'weight',
      quantity: 350,
    });
  });

  it('prefers the longest matching prefix', () => {
    const code = encodeScaleBarcode(price, '123', 2458);
    expect(code).toBe('2800123024581');
    expect(parseScaleBarcode(code, [weight, price])).toEqual({ plu: '00123', kind: 'price', amount: 2458 });
  });

  it('scales weights printed in 10 g steps', () => {
    const code = encodeScaleBarcode(tenGrams, '7', 1250); // 1.250 kg printed as 00125
    expect(code.slice(7, 12)).toBe('00125');
    expect(parseScaleBarcode(code, [tenGrams])).toEqual({ plu: '00007', kind: 'weight', quantity: 1250 });
  });

  it.each([
    ['2000042003501', 'bad check digit'],
    ['2100042003507', 'other in-store prefix'],
    ['6901028075831', 'no template prefix'],
    ['200042003500', 'too short'],
    ['200042003500a', 'not digits'],
  ])('returns null for %s (%s)', (code) => {
    expect(parseScaleBarcode(code, DEFAULT_SCALE_TEMPLATES)).toBeNull();
  });

  it('throws for a template that is not 13 digits', () => {
    // '2' + 5 + 5 + check is only 12 digits.
    const bad: ScaleBarcodeTemplate = { prefix: '2', pluLength: 5, valueLength: 5, kind: 'weight' };
    expect(() => parseScaleBarcode('2000042003500', [bad])).toThrow(RangeError);
    expect(() => encodeScaleBarcode(bad, '1', 1)).toThrow(RangeError);
  });
});

describe('isValidScaleTemplate', () => {
  it.each([
    [{ prefix: '20', pluLength: 5, valueLength: 5, kind: 'weight' }, true],
    [{ prefix: '2', pluLength: 6, valueLength: 5, kind: 'price' }, true],
    [{ prefix: '2', pluLength: 5, valueLength: 5, kind: 'weight' }, false], // 12 digits
    [{ prefix: '2a', pluLength: 5, valueLength: 5, kind: 'weight' }, false],
    [{ prefix: '20', pluLength: 5, valueLength: 5, kind: 'weight', valueDecimals: 4 }, false],
  ] as const)('%j → %s', (template, valid) => {
    expect(isValidScaleTemplate(template)).toBe(valid);
  });
});

describe('encodeScaleBarcode', () => {
  it('round-trips', () => {
    for (const q of [1, 350, 99_999]) {
      expect(parseScaleBarcode(encodeScaleBarcode(weight, '42', q), [weight])).toEqual({
        plu: '00042',
        kind: 'weight',
        quantity: q,
      });
    }
  });
  it('refuses values that do not fit', () => {
    expect(() => encodeScaleBarcode(weight, '123456', 1)).toThrow(RangeError);
    expect(() => encodeScaleBarcode(weight, '1', 100_000)).toThrow(RangeError);
    expect(() => encodeScaleBarcode(tenGrams, '1', 1255)).toThrow(RangeError); // 5 g finer than the label
  });
});

describe('pluKey', () => {
  it('compares PLUs as numbers: leading zeros go, a lone zero stays', () => {
    expect(['00042', '042', '42', '0', '00000'].map(pluKey)).toEqual(['42', '42', '42', '0', '0']);
  });
});
