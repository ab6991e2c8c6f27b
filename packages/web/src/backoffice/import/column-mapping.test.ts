import { describe, expect, it } from 'vitest';
import { savedColumns, suggestedMapping, unmappedRequired } from './column-mapping';

describe('column mapping', () => {
  it('starts from the suggestion, every field present, columns the file lacks dropped', () => {
    expect(suggestedMapping('suppliers', { name: 0, phone: 2, email: 9 }, 3)).toEqual({
      name: 0,
      contact: null,
      phone: 2,
      email: null,
      leadTimeDays: null,
    });
  });

  it('names the required fields still without a column', () => {
    const mapping = suggestedMapping('products', { sku: 0 }, 5);
    expect(unmappedRequired('products', mapping)).toEqual(['name', 'price']);
    expect(unmappedRequired('products', { ...mapping, name: 1, price: 2 })).toEqual([]);
  });

  it('saves column names, not positions', () => {
    expect(savedColumns('categories', { name: 1, parent: null, sortOrder: 0 }, ['排序', '名称'])).toEqual({
      name: '名称',
      parent: null,
      sortOrder: '排序',
      color: null,
    });
  });
});
