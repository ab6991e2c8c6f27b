import { createApiClient, type Store } from '@kassa/api';
import type { Browser, Page } from '@playwright/test';
import { demoThenGrown } from './demo-then-grown';
import { openRegisterPage } from './register-page';
import type { Figures } from './results';
import { percentile, round } from './stats';

const PORT = 18194;
const PASSWORD = 'bench-owner-password';
const CATALOGUE = 100_000;
const WARM_STARTS = 3;

/** What the page says about one start of the register (all times the page's performance.now()). */
type StartTiming = {
  /** The sale screen's first frame (bench/scan-probe.js), from navigation start. */
  paintedAt: number | null;
  /** The first and last catalogue pull requests of this document, and their bytes. */
  pulls: { count: number; firstStart: number; lastEnd: number; bytes: number };
  products: number;
  /** IndexedDB's share of the origin's storage (Chromium's usageDetails), else the whole usage. */
  idbBytes: number;
};

type Run = { products: number; coldMs: number; cold: StartTiming; warmMs: number[]; warm: StartTiming };

// Plain JavaScript, run in the page: the bench's tsconfig has no DOM types.
const TIMING_SCRIPT = `(async () => {
  const pulls = performance.getEntriesByType('resource')
    .filter((e) => new URL(e.name).pathname === '/api/v1/sync/changes');
  const estimate = await navigator.storage.estimate();
  const probe = globalThis.__kassaBench.loadTiming();
  return {
    paintedAt: probe.paintedAt,
    pulls: {
      count: pulls.length,
      firstStart: pulls.length ? pulls[0].startTime : 0,
      lastEnd: pulls.length ? pulls[pulls.length - 1].responseEnd : 0,
      bytes: pulls.reduce((sum, e) => sum + e.decodedBodySize, 0),
    },
    products: 0,
    idbBytes: estimate.usageDetails?.indexedDB ?? estimate.usage ?? 0,
  };
})()`;

/** Products in the register's IndexedDB copy of the store's catalogue. */
const countScript = (storeId: string) => `new Promise((resolve, reject) => {
  const open = indexedDB.open('kassa-catalog-${storeId}');
  open.onerror = () => reject(open.error);
  open.onsuccess = () => {
    const chunks = open.result.transaction('productChunks').objectStore('productChunks').getAll();
    chunks.onsuccess = () => {
      open.result.close();
      resolve(chunks.result.reduce((sum, chunk) => sum + chunk.length, 0));
    };
    chunks.onerror = () => reject(chunks.error);
  };
})`;

async function timing(page: Page, storeId: string): Promise<StartTiming> {
  let result: StartTiming;
  do result = await page.evaluate<StartTiming>(TIMING_SCRIPT);
  while (result.paintedAt === null);
  return { ...result, products: await page.evaluate<number>(countScript(storeId)) };
}

async function storeOf(url: string): Promise<Store> {
  const { token } = await createApiClient({ baseUrl: url }).call('login', {
    body: { username: 'owner', password: PASSWORD },
  });
  const api = createApiClient({ baseUrl: url, token: () => token });
  while ((await api.call('listProducts', { query: { limit: 1 } })).items.length === 0)
    await new Promise((resolve) => setTimeout(resolve, 50));
  const [store] = (await api.call('listStores')).items;
  if (!store) throw new Error('no store');
  return store;
}

/**
 * One register on the running server. A first browser context opens the shift, so the measured
 * ones go from the PIN straight to the catalogue. Cold: a fresh context (empty IndexedDB) from the
 * first pull request to the sale screen's first frame: every page pulled, saved and indexed.
 * Warm: the same context reloaded, from navigation start to the sale screen's first frame: the
 * app boots, asks who is signed in and the open shift, reads IndexedDB and indexes it.
 */
async function runRegister(browser: Browser, url: string): Promise<Run> {
  const store = await storeOf(url);
  const first = await openRegisterPage(browser, url, PASSWORD, store.code, '01');
  await first.context().close();
  const page = await openRegisterPage(browser, url, PASSWORD, store.code, '01');
  try {
    const cold = await timing(page, store.id);
    const coldMs = (cold.paintedAt ?? 0) - cold.pulls.firstStart;
    const warmMs: number[] = [];
    let warm = cold;
    for (let i = 0; i < WARM_STARTS; i++) {
      await page.reload();
      await page.getByTestId('register').waitFor();
      warm = await timing(page, store.id);
      warmMs.push(warm.paintedAt ?? 0);
    }
    return { products: cold.products, coldMs, cold, warmMs, warm };
  } finally {
    await page.context().close();
  }
}

const mb = (bytes: number) => bytes / 2 ** 20;

function describe(label: string, run: Run): string {
  const { cold } = run;
  return [
    `  ${label}: ${run.products} products in IndexedDB`,
    `    cold load (empty IndexedDB) ${run.coldMs.toFixed(0)} ms: ${cold.pulls.count} pulls, ` +
      `${mb(cold.pulls.bytes).toFixed(1)} MB, last answer at +${(cold.pulls.lastEnd - cold.pulls.firstStart).toFixed(0)} ms`,
    `    warm start (reload) ${percentile(run.warmMs, 50).toFixed(0)} ms median of ${run.warmMs.length} ` +
      `(navigation → sale screen; ${run.warm.pulls.count} pull after it)`,
    `    IndexedDB ${mb(run.cold.idbBytes).toFixed(1)} MB`,
  ].join('\n');
}

/**
 * Issue 4: the register's catalogue cold load with 100k products: from its first pull with an
 * empty IndexedDB to the sale screen, with the IndexedDB size it took; and the warm start after it,
 * from IndexedDB. The demo shop (682 products) is measured first as the baseline, then the same
 * data directory is grown to 100,000 products through the product use-case and measured again.
 */
export async function benchCatalogColdLoad(): Promise<Figures> {
  const { small, large } = await demoThenGrown(
    { port: PORT, password: PASSWORD, total: CATALOGUE },
    runRegister,
    describe,
  );
  return {
    'catalog-cold-load.cold': {
      value: round(large.coldMs, 0),
      unit: 'ms',
      baseline: round(small.coldMs, 0),
    },
    'catalog-cold-load.warm': {
      value: round(percentile(large.warmMs, 50), 0),
      unit: 'ms',
      baseline: round(percentile(small.warmMs, 50), 0),
    },
    'catalog-cold-load.idb-size': {
      value: round(mb(large.cold.idbBytes), 1),
      unit: 'MB',
      baseline: round(mb(small.cold.idbBytes), 1),
    },
  };
}
