import type { Sale } from '@kassa/api';
import { describeEachDialect } from '@kassa/db/testing';
import { beforeAll, expect, it } from 'vitest';
import { expectRefused } from '../testing/expect-refused';
import { createFixture, type Fixture } from '../testing/test-fixture';

/** The e-receipt link on a receipt page: the QR code's target. */
const linkIn = (html: string) => /data-testid="e-receipt"><a href="([^"]+)"/.exec(html)?.[1];

describeEachDialect(
  'e-receipts (电子小票): a signed link on the receipt, open without signing in',
  (getDb) => {
    let f: Fixture;
    let sale: Sale;
    let link: string;
    beforeAll(async () => {
      f = await createFixture(getDb());
      const sold = await f.request('POST', '/api/v1/sales', { token: f.tokens.cashier, body: f.saleBody() });
      sale = (await sold.json()) as Sale;
      const page = await f.request('GET', `/api/v1/sales/${sale.id}/receipt?format=html`, {
        token: f.tokens.cashier,
      });
      link = linkIn(await page.text()) ?? '';
    });

    it('the receipt carries a QR code of a short link that opens the receipt for anyone', async () => {
      expect(link).toMatch(new RegExp(`^http://localhost/r/${sale.id}\\.[A-Za-z0-9_-]{22}$`));
      const short = await f.request('GET', new URL(link).pathname);
      expect(short.status).toBe(302);
      const page = await f.request('GET', short.headers.get('location') ?? '');
      expect(page.status).toBe(200);
      const html = await page.text();
      expect(html).toContain(sale.receiptNo);
      expect(html).toContain(sale.lines[0]?.name);
    });

    it('the printed receipt ends with the same link as a QR code (GS ( k)', async () => {
      const bytes = await f.request('GET', `/api/v1/sales/${sale.id}/receipt?format=escpos`, {
        token: f.tokens.cashier,
      });
      const job = Buffer.from(await bytes.arrayBuffer());
      const store = job.indexOf(Buffer.from([0x1d, 0x28, 0x6b]));
      expect(store).toBeGreaterThan(0);
      expect(job.subarray(store).toString('latin1')).toContain(link);
    });

    it('a link changed by one character, or moved to another sale, opens nothing', async () => {
      const token = new URL(link).pathname.slice('/r/'.length);
      const [id = '', mac = ''] = token.split('.');
      const flipped = `${id}.${mac.slice(0, -1)}${mac.endsWith('A') ? 'B' : 'A'}`;
      const other = (await (
        await f.request('POST', '/api/v1/sales', { token: f.tokens.cashier, body: f.saleBody() })
      ).json()) as Sale;
      for (const [name, bad] of [
        ['a changed MAC', flipped],
        ["another sale's id", `${other.id}.${mac}`],
        ['no MAC', id],
        ['rubbish', '..%2F..%2Fetc'],
      ] as const) {
        await expectRefused(f.ctx.db, {
          name,
          send: () => f.request('GET', `/api/v1/e-receipts/${bad}`),
          status: 404,
          code: 'e_receipt_not_found',
        });
      }
    });

    it("a mistyped short link shows the customer's phone a page that says so", async () => {
      const bad = await f.request('GET', `${new URL(link).pathname.slice(0, -1)}x`);
      expect(bad.status).toBe(404);
      expect(bad.headers.get('content-type')).toContain('text/html');
      expect(await bad.text()).toContain('小票链接无效');
    });

    it('a training sale has no e-receipt', async () => {
      await f.request('PATCH', `/api/v1/registers/${f.registerId}/training`, {
        token: f.tokens.manager,
        body: { training: true },
      });
      const sold = await f.request('POST', '/api/v1/sales', {
        token: f.tokens.cashier,
        body: { ...f.saleBody(), training: true },
      });
      const training = (await sold.json()) as Sale;
      const page = await f.request('GET', `/api/v1/sales/${training.id}/receipt?format=html`, {
        token: f.tokens.cashier,
      });
      expect(linkIn(await page.text())).toBeUndefined();
    });
  },
);
