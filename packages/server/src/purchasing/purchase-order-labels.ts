import type { PurchaseOrderStatus } from '@kassa/core';
import type { ReceiptLanguage } from '../receipts/receipt-labels';

/** Every word the printed purchase order shows. */
export type PurchaseOrderLabels = {
  readonly title: string;
  readonly buyer: string;
  readonly supplier: string;
  readonly deliverTo: string;
  readonly ordered: string;
  readonly expected: string;
  readonly contact: string;
  readonly columns: {
    readonly no: string;
    readonly sku: string;
    readonly supplierSku: string;
    readonly name: string;
    readonly packs: string;
    readonly quantity: string;
    readonly unitCost: string;
    readonly amount: string;
  };
  readonly total: string;
  readonly note: string;
  readonly page: (page: number, pages: number) => string;
  readonly units: { readonly piece: string; readonly kg: string };
  /** Printed under the title while the order is not the one sent. */
  readonly status: Readonly<Record<PurchaseOrderStatus, string>>;
};

/** The printed order's words per language; both tables are complete (the type makes a gap an error). */
export const PURCHASE_ORDER_LABELS: Readonly<Record<ReceiptLanguage, PurchaseOrderLabels>> = {
  'zh-CN': {
    title: '采购单',
    buyer: '采购方',
    supplier: '供应商',
    deliverTo: '收货地点',
    ordered: '下单日期',
    expected: '预计到货',
    contact: '联系',
    columns: {
      no: '序号',
      sku: '商品编码',
      supplierSku: '供应商货号',
      name: '品名',
      packs: '件数 × 规格',
      quantity: '数量',
      unitCost: '单价',
      amount: '金额',
    },
    total: '合计',
    note: '备注',
    page: (page, pages) => `第 ${page} / ${pages} 页`,
    units: { piece: '件', kg: 'kg' },
    status: {
      draft: '草稿 · 尚未发出',
      sent: '',
      partly_received: '',
      received: '',
      closed: '已关闭',
      cancelled: '已取消 · 作废',
    },
  },
  en: {
    title: 'Purchase order',
    buyer: 'Buyer',
    supplier: 'Supplier',
    deliverTo: 'Deliver to',
    ordered: 'Order date',
    expected: 'Expected',
    contact: 'Contact',
    columns: {
      no: '#',
      sku: 'SKU',
      supplierSku: 'Supplier item',
      name: 'Item',
      packs: 'Packs × size',
      quantity: 'Quantity',
      unitCost: 'Unit cost',
      amount: 'Amount',
    },
    total: 'Total',
    note: 'Note',
    page: (page, pages) => `Page ${page} of ${pages}`,
    units: { piece: 'pc', kg: 'kg' },
    status: {
      draft: 'DRAFT · not sent',
      sent: '',
      partly_received: '',
      received: '',
      closed: 'Closed',
      cancelled: 'CANCELLED · void',
    },
  },
};
