import type { Alert } from '@kassa/api';
import { describe, expect, it } from 'vitest';
import { createFormat } from '../../shared/format/format';
import { i18n } from '../../shared/i18n/i18n';
import { alertMessage } from './alert-message';

const alert = (kind: string, details: Record<string, unknown>): Alert => ({
  id: 'a',
  storeId: 's',
  kind,
  refId: null,
  details,
  createdAt: 0,
  readAt: null,
});

describe('alertMessage', () => {
  const zh = (a: Alert) => alertMessage(i18n.getFixedT('zh-CN'), createFormat('zh-CN'), a, 'CNY');
  const en = (a: Alert) => alertMessage(i18n.getFixedT('en'), createFormat('en'), a, 'CNY');

  it('says what a known alert is about, with its figures', () => {
    const low = alert('low_stock', { productName: '可口可乐', onHand: 2500, reorderPoint: 5000 });
    expect(zh(low)).toBe('库存不足：可口可乐 现有 2.5，低于补货点 5');
    expect(en(low)).toBe('Low stock: 可口可乐 at 2.5, below its reorder point 5');
    expect(
      zh(alert('cash_variance', { variance: -1250, registerName: '1号收银台', staffName: '李娜' })),
    ).toBe('交班现金差异 -¥12.50：1号收银台，李娜');
  });

  it('reads a broken business rule as its error message, and an unknown kind as its code', () => {
    expect(zh(alert('price_mismatch', {}))).toBe(i18n.getFixedT('zh-CN')('errors.price_mismatch'));
    expect(zh(alert('something_new', {}))).toBe('something_new');
  });
});
