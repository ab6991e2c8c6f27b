import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Figures } from './results';
import { round } from './stats';

const DIST = join(import.meta.dirname, '..', 'packages', 'web', 'dist');
const BUDGET_KB = 300;

/**
 * DESIGN §7: the register's first load, gzip, ≤ 300 KB: index.html and the scripts, module preloads
 * and styles it references (lazy chunks such as the back office load later and are not counted).
 */
export async function benchFirstLoad(): Promise<Figures> {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const assets = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.(?:js|css))"/g)].map(
    (m) => m[1] as string,
  );
  const gzip = (bytes: Buffer | string) => gzipSync(bytes, { level: 9 }).length;
  let total = gzip(html);
  let js = 0;
  for (const asset of assets) {
    const size = gzip(readFileSync(join(DIST, asset)));
    total += size;
    if (asset.endsWith('.js')) js += size;
  }
  const kb = total / 1024;
  console.log(
    `register first load: ${kb.toFixed(1)} KB gzip (${(js / 1024).toFixed(1)} KB JS, ${assets.length} assets) — budget ≤ ${BUDGET_KB} KB`,
  );
  return { 'first-load.gzip': { value: round(kb, 1), unit: 'KB', baseline: BUDGET_KB } };
}
