import { inflateSync } from 'node:zlib';
import { describeEachDialect } from '@kassa/db/testing';
import { beforeAll, expect, it } from 'vitest';
import { expectRefused } from '../testing/expect-refused';
import { createFixture, type Fixture } from '../testing/test-fixture';

describeEachDialect('shelf labels and barcode stickers (价签) as PDF', (getDb) => {
  let f: Fixture;
  beforeAll(async () => {
    f = await createFixture(getDb());
  });
  const print = (body: object, token = f.tokens.stock_clerk) =>
    f.request('POST', `/api/v1/stores/${f.store.id}/labels`, { token, body });

  it('lays labels out on A4 sheets after the ones used, with the name, the price per unit and the barcode', async () => {
    const answer = await print({
      layout: 'a4-3x8',
      skip: 20,
      items: [
        { productId: f.products.cola, copies: 20 },
        { productId: f.products.apple, copies: 10 },
      ],
    });
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toBe('application/pdf');
    const pdf = pdfContent(new Uint8Array(await answer.arrayBuffer()));
    // 20 used + 30 new labels at 24 a sheet: three sheets.
    expect(pdf.pages).toBe(3);
    for (const shown of ['可口可乐 330ml', '3.50', '元/件', '12.99', '元/kg', 'COLA-330']) {
      expect(pdf.text, shown).toContain(hex(shown));
    }
    // Cola by its EAN-13, apples (no barcode) by their SKU as Code 128.
    expect(pdf.text).toContain(hex('6901234567892'));
    expect(pdf.text).toContain(hex('APPLE'));
    expect(pdf.text).toMatch(/ re\b/);
  });

  it('prints one label a page on a roll, in English when asked', async () => {
    const answer = await print({
      kind: 'sticker',
      layout: 'roll-40x30',
      lang: 'en',
      items: [{ productId: f.products.apple, copies: 3 }],
    });
    const pdf = pdfContent(new Uint8Array(await answer.arrayBuffer()));
    expect(pdf.pages).toBe(3);
    expect(pdf.text).toContain(hex('CNY /kg'));
  });

  it('refuses unknown goods, no copies, too many labels and unseen stores', async () => {
    await expectRefused(f.ctx.db, {
      name: 'an unknown product',
      send: () => print({ items: [{ productId: f.id() }] }),
      status: 404,
      code: 'product_not_found',
    });
    await expectRefused(f.ctx.db, {
      name: 'no copies',
      send: () => print({ items: [{ productId: f.products.cola, copies: 0 }] }),
      status: 400,
      code: 'validation_failed',
      path: 'items.0.copies',
    });
    await expectRefused(f.ctx.db, {
      name: 'more than 5,000 labels',
      send: () =>
        print({ items: Array.from({ length: 11 }, () => ({ productId: f.products.cola, copies: 500 })) }),
      status: 400,
      code: 'validation_failed',
      path: 'items',
    });
    await expectRefused(f.ctx.db, {
      name: 'a store one cannot see',
      send: () =>
        f.request('POST', `/api/v1/stores/${f.id()}/labels`, {
          token: f.tokens.manager,
          body: { items: [{ productId: f.products.cola }] },
        }),
      status: 404,
      code: 'store_not_found',
    });
  });
});

/** The page count and the inflated content streams of a PDF. */
function pdfContent(pdf: Uint8Array): { pages: number; text: string } {
  const raw = Buffer.from(pdf).toString('latin1');
  let text = '';
  for (const match of raw.matchAll(/stream\r?\n/g)) {
    const start = (match.index ?? 0) + match[0].length;
    const body = Buffer.from(raw.slice(start, raw.indexOf('endstream', start)), 'latin1');
    try {
      text += inflateSync(body).toString('latin1');
    } catch {
      text += body.toString('latin1');
    }
  }
  return { pages: raw.match(/\/Type\s*\/Page\b/g)?.length ?? 0, text };
}

function hex(text: string): string {
  return Buffer.from(text, 'utf16le').swap16().toString('hex').toUpperCase();
}
