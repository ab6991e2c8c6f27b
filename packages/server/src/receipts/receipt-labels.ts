import type { ReceiptLabels } from '@kassa/core';

/** The languages receipts are printed in. */
export type ReceiptLanguage = 'zh-CN' | 'en';

/** Every string a printed or HTML receipt shows, beyond what the core text layout needs. */
export type ReceiptPageLabels = ReceiptLabels & {
  readonly title: string;
  readonly date: string;
  readonly print: string;
  readonly thanks: string;
  /** Printed at the top of a reprint. */
  readonly copy: string;
  /** Above the e-receipt's QR code. */
  readonly eReceipt: string;
};

/** Receipt labels per language; both tables are complete (the type makes a missing label an error). */
export const RECEIPT_LABELS: Readonly<Record<ReceiptLanguage, ReceiptPageLabels>> = {
  'zh-CN': {
    title: '销售小票',
    copy: '重印 · 副本',
    receiptNo: '单号',
    register: '收银台',
    cashier: '收银员',
    date: '时间',
    subtotal: '小计',
    discount: '优惠',
    tax: '税额',
    taxIncluded: '含税',
    total: '合计',
    cashRounding: '抹零',
    dueAfterRounding: '应收',
    change: '找零',
    tenders: { cash: '现金', card: '银行卡', qr: '扫码付' },
    wallets: { wechat: '微信支付', alipay: '支付宝' },
    training: '培训 · 非销售凭证',
    print: '打印',
    thanks: '谢谢惠顾，欢迎再次光临',
    eReceipt: '扫码查看电子小票',
  },
  en: {
    title: 'Receipt',
    copy: 'COPY · reprint',
    receiptNo: 'Receipt',
    register: 'Register',
    cashier: 'Cashier',
    date: 'Date',
    subtotal: 'Subtotal',
    discount: 'Discount',
    tax: 'Tax',
    taxIncluded: 'Incl. tax',
    total: 'Total',
    cashRounding: 'Rounding',
    dueAfterRounding: 'Due',
    change: 'Change',
    tenders: { cash: 'Cash', card: 'Card', qr: 'QR pay' },
    wallets: { wechat: 'WeChat Pay', alipay: 'Alipay' },
    training: 'TRAINING · not a sale',
    print: 'Print',
    thanks: 'Thank you for shopping with us',
    eReceipt: 'Scan for your e-receipt',
  },
};

/** The receipt language for a store locale: Chinese locales print Chinese, everything else English. */
export function receiptLanguageFor(locale: string): ReceiptLanguage {
  return locale.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}
