import { describe, expect, it } from 'vitest';
import { DEFAULT_SCALE_TEMPLATES } from './scale-barcode';
import { classifyScan } from './scan';

describe('classifyScan', () => {
  it('recognises scale labels before GTINs (they are valid EAN-13s too)', () => {
    expect(classifyScan('2000042003500', DEFAULT_SCALE_TEMPLATES)).toEqual({
      kind: 'scale',
      label: { plu: '00042', kind: 'weight', quantity: 350 },
    });
  });
  it('normalizes GTINs for lookup', () => {
    expect(classifyScan('036000291452\n', DEFAULT_SCALE_TEMPLATES)).toEqual({
      kind: 'gtin',
      gtin: '0036000291452',
      symbology: 'upca',
    });
  });
  it('passes anything else through', () => {
    expect(classifyScan('S1-R2-000123', DEFAULT_SCALE_TEMPLATES)).toEqual({
      kind: 'unknown',
      code: 'S1-R2-000123',
    });
  });
});
