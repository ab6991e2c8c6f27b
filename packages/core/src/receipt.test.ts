import { describe, expect, it } from 'vitest';
import { formatDecimal } from './money-format';
import { buildReceipt } from './receipt';
import { layoutOptions, sampleReceipt } from './receipt.fixture';
import { layoutReceiptText } from './receipt-layout';
import { settle } from './settle';
import { textWidth } from './text-width';
import { Ticket } from './ticket';
import { priceTicket } from './ticket-pricing';

describe('buildReceipt', () => {
  it('carries the priced sale and its settlement', () => {
    const doc = sampleReceipt();
    expect(doc.lines.map((l) => [l.gross, l.discount, l.amount])).toEqual([
      [700, 0, 700],
      [455, 0, 455], // 12.99/kg × 0.350 kg = 4.5465 → 4.55
      [3990, 500, 3490],
    ]);
    // 46.45 due; the cash part is rounded down to 46.40 (抹零 −0.05); 50.00 handed over, 3.60 change.
    expect([
      doc.subtotal,
      doc.discountTotal,
      doc.total,
      doc.cashRounding,
      doc.dueAfterRounding,
      doc.change,
    ]).toEqual([5145, 500, 4645, -5, 4640, 360]);
    expect(doc.tenders).toEqual([{ kind: 'cash', amount: 4640, tendered: 5000 }]);
    expect(doc.barcode).toBe('S01-R02-000123');
  });

  it('refuses a settlement for another total', () => {
    const priced = priceTicket(Ticket.empty('CNY'), {
      tax: { mode: 'inclusive', rounding: 'line', inclusiveTarget: 'net' },
      roundingMode: 'half-up',
    });
    const settlement = settle(100, [{ kind: 'cash', amount: 100 }], { increment: 0, mode: 'down' });
    if (!settlement.ok) throw new Error('unreachable');
    const input = {
      store: { name: 'S' },
      receiptNo: 'R',
      registerName: 'R1',
      cashierName: 'C',
      at: 0,
      timeZone: 'UTC',
      priced,
      settlement: settlement.value,
      taxMode: 'inclusive',
    } as const;
    expect(() => buildReceipt(input)).toThrow(RangeError);
  });
});

describe('layoutReceiptText', () => {
  it('lays out 58 mm paper (32 columns)', () => {
    // The long CJK name wraps by display width: 9 wide characters + '550ml×24' + 3 wide = 32 columns.
    expect(layoutReceiptText(sampleReceipt(), layoutOptions(32))).toEqual([
      '     好邻居便利店（望京店）',
      '     北京市朝阳区望京街10号',
      '         010-6470 1234',
      '单号              S01-R02-000123',
      '收银台                 2号收银台',
      '收银员                      王芳',
      '2024-06-01 16:00',
      '--------------------------------',
      '可口可乐 330ml',
      '  2 x 3.50                  7.00',
      '红富士苹果',
      '  0.350 kg x 12.99          4.55',
      '农夫山泉饮用天然水550ml×24瓶整箱',
      '装特惠',
      '  1 x 39.90                39.90',
      '  优惠                     -5.00',
      '--------------------------------',
      '小计                       51.45',
      '优惠                       -5.00',
      '合计                       46.45',
      '抹零                       -0.05',
      '应收                       46.40',
      '现金                       50.00',
      '找零                        3.60',
      '--------------------------------',
      '含税 9%                     0.38',
      '含税 13%                    4.83',
      '--------------------------------',
      '谢谢惠顾，欢迎再次光临！退换货请',
      '            保留小票',
    ]);
  });

  it('lays out 80 mm paper (48 columns)', () => {
    expect(layoutReceiptText(sampleReceipt(), layoutOptions(48))).toEqual([
      '             好邻居便利店（望京店）',
      '             北京市朝阳区望京街10号',
      '                 010-6470 1234',
      '单号                              S01-R02-000123',
      '收银台                                 2号收银台',
      '收银员                                      王芳',
      '2024-06-01 16:00',
      '------------------------------------------------',
      '可口可乐 330ml',
      '  2 x 3.50                                  7.00',
      '红富士苹果',
      '  0.350 kg x 12.99                          4.55',
      '农夫山泉饮用天然水550ml×24瓶整箱装特惠',
      '  1 x 39.90                                39.90',
      '  优惠                                     -5.00',
      '------------------------------------------------',
      '小计                                       51.45',
      '优惠                                       -5.00',
      '合计                                       46.45',
      '抹零                                       -0.05',
      '应收                                       46.40',
      '现金                                       50.00',
      '找零                                        3.60',
      '------------------------------------------------',
      '含税 9%                                     0.38',
      '含税 13%                                    4.83',
      '------------------------------------------------',
      '    谢谢惠顾，欢迎再次光临！退换货请保留小票',
    ]);
  });

  it('never exceeds the paper width', () => {
    for (const columns of [32, 48] as const) {
      for (const line of layoutReceiptText(sampleReceipt(), layoutOptions(columns))) {
        expect(textWidth(line)).toBeLessThanOrEqual(columns);
      }
    }
  });

  it('prints added tax before the total and card details for tax-exclusive sales', () => {
    const doc = {
      ...sampleReceipt(),
      taxMode: 'exclusive' as const,
      taxByRate: [{ ratePpm: 65_000, net: 1000, tax: 65, gross: 1065 }],
      cashRounding: 0,
      tenders: [
        {
          kind: 'card' as const,
          amount: 1065,
          tendered: 1065,
          brand: 'VISA',
          last4: '4242',
          reference: 'A1',
        },
      ],
      change: 0,
    };
    const lines = layoutReceiptText(doc, {
      ...layoutOptions(32),
      formatMoney: (n) => formatDecimal(n, 'USD'),
    });
    expect(lines).toContain(`税 6.5%${' '.repeat(21)}0.65`);
    expect(lines).toContain(`银行卡 VISA ****4242${' '.repeat(7)}10.65`);
    expect(lines.some((l) => l.startsWith('找零'))).toBe(false);
  });
});
