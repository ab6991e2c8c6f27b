import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ImportReport } from '@kassa/api';
import { gtinCheckDigit } from '@kassa/core';
import { withKassaProcess } from '../packages/cli/src/testing/kassa-process';
import type { Figures } from './results';
import { round } from './stats';

const PASSWORD = 'bench-owner-password';
const PRODUCTS = Number(process.env.KASSA_BENCH_IMPORT ?? 100_000);
/** Products created one request each for the baseline (extrapolated to PRODUCTS). */
const ONE_BY_ONE = 1000;

/** A merchant's product file as another POS exports it: Chinese headers, a barcode, cost and category. */
function productFile(count: number): string {
  const categories = ['饮料', '零食', '粮油', '日化', '冷冻', '烟酒', '文具', '母婴'];
  const lines = ['商品编码,商品名称,零售价,条码,进价,单位,分类'];
  for (let i = 0; i < count; i++) {
    const body = `69${String(7_000_000_000 + i).padStart(10, '0')}`;
    const price = 100 + ((i * 7919) % 50_000);
    lines.push(
      `IMP-${i},导入商品 ${i} 号 500g,${(price / 100).toFixed(2)},${body}${gtinCheckDigit(body)},${((price * 0.6) / 100).toFixed(2)},${i % 10 === 0 ? 'kg' : '件'},${categories[i % categories.length]}`,
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}

/**
 * Issue 6: 100,000 products imported from a CSV file through the import API — a dry run, then the
 * import in one transaction (target ≤ 30 s for the import) — against products created one
 * `POST /products` each, extrapolated from 1,000 in the same run.
 */
export async function benchImport(): Promise<Figures> {
  const dataDir = mkdtempSync(join(tmpdir(), 'kassa-import-'));
  const figures = await withKassaProcess(
    { port: 18197, ownerPassword: PASSWORD, demo: true, dataDir },
    async (url) => {
      const login = await fetch(new URL('/api/v1/auth/login', url), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'owner', password: PASSWORD }),
      });
      const { token } = (await login.json()) as { token: string };
      const post = (path: string, body: unknown) =>
        fetch(new URL(path, url), {
          method: 'POST',
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
          body: JSON.stringify(body),
        });
      const stores = (await (
        await fetch(new URL('/api/v1/stores', url), { headers: { authorization: `Bearer ${token}` } })
      ).json()) as {
        items: { id: string }[];
      };
      const storeId = stores.items[0]?.id ?? '';
      const content = Buffer.from(productFile(PRODUCTS)).toString('base64');
      const body = {
        entity: 'products',
        content,
        mapping: { sku: 0, name: 1, price: 2, barcode: 3, cost: 4, unit: 5, category: 6 },
        createCategories: true,
      };
      const timed = async (dryRun: boolean) => {
        const started = performance.now();
        const answer = await post(`/api/v1/stores/${storeId}/imports`, { ...body, dryRun });
        const report = (await answer.json()) as ImportReport;
        if (answer.status !== 200 || report.problemCount > 0)
          throw new Error(`import answered ${answer.status}: ${JSON.stringify(report).slice(0, 300)}`);
        return (performance.now() - started) / 1000;
      };
      const dryS = await timed(true);
      const importS = await timed(false);
      const taxClasses = (await (
        await fetch(new URL(`/api/v1/stores/${storeId}/catalog`, url), {
          headers: { authorization: `Bearer ${token}` },
        })
      ).json()) as {
        taxClasses: { id: string }[];
      };
      const started = performance.now();
      for (let i = 0; i < ONE_BY_ONE; i++) {
        const answer = await post('/api/v1/products', {
          sku: `ONE-${i}`,
          name: `逐个新建 ${i}`,
          price: 100 + i,
          taxClassId: taxClasses.taxClasses[0]?.id,
        });
        if (answer.status !== 201) throw new Error(`a product post answered ${answer.status}`);
        await answer.arrayBuffer();
      }
      const oneByOneS = ((performance.now() - started) / 1000) * (PRODUCTS / ONE_BY_ONE);
      return { dryS, importS, oneByOneS };
    },
  );
  console.log(
    [
      `import of ${PRODUCTS} products from CSV, SQLite`,
      `  dry run (every row checked) : ${figures.dryS.toFixed(1)} s`,
      `  import, one transaction     : ${figures.importS.toFixed(1)} s, target ≤ 30 s`,
      `  one POST /products each     : ${figures.oneByOneS.toFixed(1)} s (extrapolated from ${ONE_BY_ONE})`,
      `  ratio                       : ${(figures.oneByOneS / figures.importS).toFixed(1)}× faster`,
    ].join('\n'),
  );
  return {
    'import.products-100k': {
      value: round(figures.importS, 2),
      unit: 's',
      baseline: round(figures.oneByOneS, 2),
    },
    'import.products-100k-dry-run': { value: round(figures.dryS, 2), unit: 's', baseline: null },
  };
}
