import type { Sale } from '@kassa/api';
import { textWidth } from '@kassa/core';
import { describeEachDialect } from '@kassa/db/testing';
import iconv from 'iconv-lite';
import { beforeAll, expect, it } from 'vitest';
import { createFixture, type Fixture } from '../testing/test-fixture';
import { RECEIPT_LABELS } from './receipt-labels';

/** The text lines an ESC/POS job prints: the bytes between FS & and FS ., style commands removed. */
function printedLines(bytes: Uint8Array): string[] {
  const data = Buffer.from(bytes);
  const start = data.indexOf(Buffer.from([0x1c, 0x26]));
  const end = data.lastIndexOf(Buffer.from([0x1c, 0x2e]));
  const body: number[] = [];
  for (let i = start + 2; i < end; i++) {
    const byte = data[i] ?? 0;
    // ESC a n, ESC E n, GS ! n: three-byte commands.
    if (byte === 0x1b || byte === 0x1d) i += 2;
    else body.push(byte);
  }
  const text = iconv.decode(Buffer.from(body), 'gb18030');
  return text.split('\n').slice(0, -1);
}

describeEachDialect(
  'sale receipts',
  (getDb) => {
    let f: Fixture;
    let sale: Sale;
    let cardSale: Sale;
    beforeAll(async () => {
      f = await createFixture(getDb());
      const post = async (body: unknown) =>
        (await (await f.request('POST', '/api/v1/sales', { token: f.tokens.cashier, body })).json()) as Sale;
      sale = await post(f.saleBody());
      cardSale = await post(
        f.saleBody({
          tenders: [{ kind: 'card', amount: 2005, reference: 'POS-778', brand: '银联', last4: '1234' }],
        }),
      );
    });
    const receipt = (id: string, query: string) =>
      f.request('GET', `/api/v1/sales/${id}/receipt?${query}`, { token: f.tokens.cashier });

    it('renders a printable Chinese HTML page with the stored figures', async () => {
      const response = await receipt(sale.id, 'format=html&width=58');
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toContain('text/html');
      const html = await response.text();
      expect(html).toContain('<!doctype html>');
      expect(html).toContain('--paper:58mm');
      expect(html).toContain('@media print');
      for (const text of [
        '我的小店',
        'S01-01-000001',
        '可口可乐 330ml',
        '红富士苹果',
        '全麦面包',
        '合计',
        '¥20.05',
        '抹零',
        '-¥0.05',
        '¥20.00',
        '现金',
        '¥21.00',
        '找零',
        '¥1.00',
        '0.350 kg',
        '2025-01-15 10:00:00',
      ]) {
        expect(html, text).toContain(text);
      }
    });

    it('masks the card and translates to English on request', async () => {
      const html = await (await receipt(cardSale.id, 'lang=en')).text();
      expect(html).toContain('Card 银联 ****1234');
      expect(html).toContain('Total');
      expect(html).toContain('CN¥20.05');
      expect(html).not.toContain('找零');
      expect(html).not.toContain('POS-778');
    });

    it.each([
      ['58', 32],
      ['80', 48],
    ] as const)('prints ESC/POS for %s mm paper within %i columns', async (width, columns) => {
      const response = await receipt(sale.id, `format=escpos&width=${width}`);
      expect(response.headers.get('content-type')).toBe('application/octet-stream');
      const bytes = new Uint8Array(await response.arrayBuffer());
      const data = Buffer.from(bytes);
      const on = data.indexOf(Buffer.from([0x1c, 0x26]));
      const total = data.indexOf(Buffer.from([0xba, 0xcf, 0xbc, 0xc6])); // 合计 in GB18030
      const off = data.lastIndexOf(Buffer.from([0x1c, 0x2e]));
      expect(on).toBeGreaterThan(0);
      expect(total).toBeGreaterThan(on);
      expect(off).toBeGreaterThan(total);
      expect(hexTail(bytes)).toBe('1d564200');
      const lines = printedLines(bytes);
      expect(lines.length).toBeGreaterThan(10);
      for (const line of lines) expect(textWidth(line), line).toBeLessThanOrEqual(columns);
      expect(lines.some((line) => line.startsWith('合计') && line.endsWith('20.05'))).toBe(true);
      // The store has no footer of its own: the printer thanks the customer, like the HTML page.
      expect(lines.some((line) => line.trim() === RECEIPT_LABELS['zh-CN'].thanks)).toBe(true);
    });
  },
  { dialects: ['sqlite'] },
);

function hexTail(bytes: Uint8Array): string {
  return Buffer.from(bytes.subarray(-4)).toString('hex');
}
