import type { ExportTable } from './table-export';

/** A top-sellers table with one cell of every kind, Chinese and English text. */
export const TOP_SELLERS: ExportTable = {
  title: '热销商品 2025/03',
  currency: 'CNY',
  columns: [
    { key: 'day', label: '日期', kind: 'date' },
    { key: 'name', label: '商品', kind: 'text' },
    { key: 'qty', label: '数量', kind: 'quantity' },
    { key: 'count', label: '笔数', kind: 'integer' },
    { key: 'net', label: '净额', kind: 'money' },
    { key: 'margin', label: '毛利率', kind: 'percent' },
  ],
  rows: [
    { day: '2025-03-01', name: '可乐 330ml', qty: 2000, count: 12, net: 123456, margin: 1050 },
    { day: '2025-03-01', name: 'Apples, "Fuji"', qty: 350, count: 3, net: -50, margin: -250 },
    { day: '2025-03-02', name: null, qty: 1500, count: 0, net: 0, margin: null },
  ],
};
