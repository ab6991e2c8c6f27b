import { join } from 'node:path';
import { type Browser, chromium, type Page } from '@playwright/test';
import { percentile } from './stats';

/** The in-page probe (bench/scan-probe.js) as `page.evaluate` sees it. */
type ScanProbe = {
  loadTiming(): LoadTiming;
  scan(code: string): Promise<{ total: number; afterEnter: number }>;
  arm(): Promise<void>;
  armed(): Promise<number>;
};
type ProbeGlobal = { __kassaBench: ScanProbe };

type LoadTiming = {
  shownAt: number | null;
  paintedAt: number | null;
  catalog: { startTime: number; responseStart: number; responseEnd: number; bytes: number } | undefined;
  heapBytes: number | null;
};

/** One catalogue load of the register: fetch start to sale screen painted, and where the time went. */
export type CatalogLoad = {
  ms: number;
  /** Request start to the last byte of the answer (server and network). */
  fetchMs: number;
  /** Last byte to the sale screen in the DOM (JSON parse, indexing, first render). */
  buildMs: number;
  bytes: number;
  heapMb: number | null;
};

/** Per scan: first keydown → line, Enter → line, and how many lines the cart had before it. */
export type ScanTimes = { total: number[]; afterEnter: number[]; cartLines: number[] };

/** Debian's Chromium with the launch options of playwright.config.ts. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/**
 * A desktop register, as the e2e stories open one: the owner signs in and enrols this browser as
 * register `registerCode` of store `storeCode`, cashier1 signs in with the PIN and counts a ¥500
 * float when the shift is not open yet. Resolves when the sale screen is up.
 */
export async function openRegisterPage(
  browser: Browser,
  url: string,
  ownerPassword: string,
  storeCode: string,
  registerCode: string,
): Promise<Page> {
  const context = await browser.newContext({
    baseURL: url,
    viewport: { width: 1366, height: 768 },
    hasTouch: true,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  });
  await context.addInitScript({ path: join(import.meta.dirname, 'scan-probe.js') });
  const page = await context.newPage();
  page.setDefaultTimeout(60_000);
  await page.goto('/login');
  await page.getByTestId('login-username').fill('owner');
  await page.getByTestId('login-password').fill(ownerPassword);
  await page.getByTestId('login-submit').click();
  await page.getByTestId('home-register').click();
  await page.locator(`[data-testid="enrol-store"][data-store-code="${storeCode}"]`).click();
  await page.locator(`[data-testid="enrol-register"][data-register-code="${registerCode}"]`).click();
  await page.getByTestId('pin-username').fill('cashier1');
  await page.getByTestId('pin-input').fill('2222');
  await page.getByTestId('pin-submit').click();
  const openShift = page.getByTestId('open-shift');
  await openShift.or(page.getByTestId('register')).waitFor();
  if (await openShift.isVisible()) {
    await page.getByTestId('float-count-10000').fill('5');
    await page.getByTestId('float-count-submit').click();
  }
  await page.getByTestId('register').waitFor();
  return page;
}

/**
 * Reloads the register `times` times (the catalogue is kept per page, so each load fetches it again)
 * and measures each load from the catalogue request to the first frame showing the sale screen.
 */
export async function measureCatalogLoads(page: Page, times: number): Promise<CatalogLoad[]> {
  const loads: CatalogLoad[] = [];
  for (let i = 0; i < times; i++) {
    await page.reload();
    await page.getByTestId('register').waitFor();
    let timing: LoadTiming;
    do timing = await page.evaluate(() => (globalThis as unknown as ProbeGlobal).__kassaBench.loadTiming());
    while (timing.paintedAt === null);
    const { catalog, shownAt, paintedAt } = timing;
    if (shownAt === null) throw new Error('the register never showed the sale screen');
    // The register starts from its IndexedDB copy and fetches no catalogue: navigation start → painted.
    const startedAt = catalog?.startTime ?? 0;
    const fetchedAt = catalog?.responseEnd ?? 0;
    loads.push({
      ms: paintedAt - startedAt,
      fetchMs: fetchedAt - startedAt,
      buildMs: shownAt - fetchedAt,
      bytes: catalog?.bytes ?? 0,
      heapMb: timing.heapBytes === null ? null : timing.heapBytes / 2 ** 20,
    });
  }
  return loads;
}

/** Empties the cart the way a cashier does: Clear, then confirm. */
async function clearCart(page: Page): Promise<void> {
  if ((await page.getByTestId('cart-line').count()) === 0) return;
  await page.getByTestId('cart-clear').click();
  await page.getByTestId('clear-confirm').click();
  await page.getByTestId('cart-empty').waitFor();
}

/**
 * Scans `codes` (distinct products) with in-page key events and returns each scan's times. The cart
 * is emptied every `basket` scans, outside the timing, so the cart has 0 to `basket` − 1 lines when
 * a scan lands, like a shopping basket.
 */
export async function measureScans(page: Page, codes: readonly string[], basket: number): Promise<ScanTimes> {
  const times: ScanTimes = { total: [], afterEnter: [], cartLines: [] };
  for (const [i, code] of codes.entries()) {
    if (i % basket === 0) await clearCart(page);
    const t = await page.evaluate((c) => (globalThis as unknown as ProbeGlobal).__kassaBench.scan(c), code);
    times.total.push(t.total);
    times.afterEnter.push(t.afterEnter);
    times.cartLines.push(i % basket);
  }
  await clearCart(page);
  return times;
}

/**
 * The cross-check: scans typed with Playwright's real (trusted) key events, timed in the page from the
 * first keydown to the new line. Includes the DevTools round trip between keys, so it reads higher.
 */
export async function measureTrustedScans(page: Page, codes: readonly string[]): Promise<number[]> {
  const times: number[] = [];
  for (const code of codes) {
    await page.evaluate(() => (globalThis as unknown as ProbeGlobal).__kassaBench.arm());
    await page.keyboard.type(code);
    await page.keyboard.press('Enter');
    times.push(await page.evaluate(() => (globalThis as unknown as ProbeGlobal).__kassaBench.armed()));
  }
  await clearCart(page);
  return times;
}

/** p50, p95 and max of a list of milliseconds. */
export function summarize(samples: readonly number[]): { p50: number; p95: number; max: number } {
  return { p50: percentile(samples, 50), p95: percentile(samples, 95), max: Math.max(...samples) };
}
