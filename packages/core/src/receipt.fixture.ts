import { formatDecimal } from './money-format';
import { Quantity, type Unit } from './quantity';
import { buildReceipt, type ReceiptDocument } from './receipt';
import type { ReceiptLabels, ReceiptLayoutOptions } from './receipt-layout';
import { settle } from './settle';
import { Ticket, type TicketLine } from './ticket';
import { priceTicket } from './ticket-pricing';

/** Test fixture: a 3-line Chinese supermarket sale paid in cash with 抹零 to 0.1 yuan. */
const lines: TicketLine[] = [
  {
    id: 'l1',
    productId: 'p1',
    name: '可口可乐 330ml',
    sku: 'COLA330',
    unit: 'piece',
    unitPrice: 350,
    quantity: 2000,
    ratePpm: 130_000,
  },
  {
    id: 'l2',
    productId: 'p2',
    name: '红富士苹果',
    sku: 'APPLE',
    unit: 'kg',
    unitPrice: 1299,
    quantity: 350,
    ratePpm: 90_000,
  },
  {
    id: 'l3',
    productId: 'p3',
    name: '农夫山泉饮用天然水550ml×24瓶整箱装特惠',
    sku: 'WATER24',
    unit: 'piece',
    unitPrice: 3990,
    quantity: 1000,
    ratePpm: 130_000,
    discount: { kind: 'amount', amount: 500 },
  },
];

export function sampleReceipt(): ReceiptDocument {
  const ticket = lines.reduce((t, l) => Ticket.addLine(t, l), Ticket.empty('CNY'));
  const priced = priceTicket(ticket, {
    tax: { mode: 'inclusive', rounding: 'line', inclusiveTarget: 'net' },
    roundingMode: 'half-up',
  });
  const settlement = settle(priced.total, [{ kind: 'cash', amount: 5000 }], { increment: 10, mode: 'down' });
  if (!settlement.ok) throw new Error('fixture does not settle');
  return buildReceipt({
    store: { name: '好邻居便利店（望京店）', address: '北京市朝阳区望京街10号', phone: '010-6470 1234' },
    receiptNo: 'S01-R02-000123',
    registerName: '2号收银台',
    cashierName: '王芳',
    at: 1_717_228_800_000,
    timeZone: 'Asia/Shanghai',
    priced,
    settlement: settlement.value,
    taxMode: 'inclusive',
    footer: '谢谢惠顾，欢迎再次光临！退换货请保留小票',
  });
}

export const zhLabels: ReceiptLabels = {
  receiptNo: '单号',
  register: '收银台',
  cashier: '收银员',
  subtotal: '小计',
  discount: '优惠',
  tax: '税',
  taxIncluded: '含税',
  total: '合计',
  cashRounding: '抹零',
  dueAfterRounding: '应收',
  change: '找零',
  tenders: { cash: '现金', card: '银行卡', qr: '扫码付' },
  wallets: { wechat: '微信支付', alipay: '支付宝' },
  training: '培训 · 非销售凭证',
};

export function layoutOptions(columns: 32 | 48): ReceiptLayoutOptions {
  return {
    columns,
    labels: zhLabels,
    formatMoney: (n) => formatDecimal(n, 'CNY'),
    formatDate: () => '2024-06-01 16:00',
    formatQuantity: (q: number, unit: Unit) => Quantity.format(q, unit, 'zh-CN'),
  };
}
