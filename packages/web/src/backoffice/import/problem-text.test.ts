import { ApiError } from '@kassa/api';
import { describe, expect, it } from 'vitest';
import { i18n } from '../../shared/i18n/i18n';
import { importErrorText, problemText } from './problem-text';

const zh = i18n.getFixedT('zh-CN');
const en = i18n.getFixedT('en');

describe('problemText', () => {
  it('says what is wrong, naming the field of the kind of record', () => {
    const problem = { line: 3, field: 'barcode', code: 'bad_check_digit', value: '6921168593577' };
    expect(problemText(zh, 'products', problem)).toBe('“条码”最后一位校验码不对，可能抄错了一位数字');
    expect(problemText(en, 'products', problem)).toContain('“Barcode”');
  });

  it('names the field even for a code it has no sentence for', () => {
    const problem = { line: 3, field: 'price', code: 'brand_new', value: 'x' };
    expect(problemText(zh, 'products', problem)).toBe('“售价”有问题（brand_new）');
  });
});

describe('importErrorText', () => {
  it('gives the reason a file cannot be read, with its figures', () => {
    const xls = new ApiError(422, 'import_file', 'x', [], { reason: 'legacy_xls' });
    expect(importErrorText(zh, xls)).toContain('.xlsx');
    const rows = new ApiError(422, 'import_file', 'x', [], {
      reason: 'too_many_rows',
      rows: 250000,
      limit: 200000,
    });
    expect(importErrorText(en, rows)).toContain('at most 200,000');
  });

  it('reads any other failure as its error message', () => {
    expect(importErrorText(zh, new ApiError(0, 'network_error', 'x'))).toBe(zh('errors.network_error'));
  });
});
