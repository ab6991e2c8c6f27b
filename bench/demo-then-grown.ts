import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from '@playwright/test';
import { withKassaProcess } from '../packages/cli/src/testing/kassa-process';
import { growCatalog } from './grow-catalog';
import { launchChromium } from './register-page';

/**
 * The register measured twice in Chromium on one data directory: on the demo shop (682 products),
 * the baseline, then grown to `total` products through the product use-case. Each run gets the
 * built server in its own process; `describe` prints each.
 */
export async function demoThenGrown<T>(
  options: { readonly port: number; readonly password: string; readonly total: number },
  run: (browser: Browser, url: string) => Promise<T>,
  describe: (label: string, result: T) => string,
): Promise<{ small: T; large: T }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'kassa-bench-grown-'));
  const browser = await launchChromium();
  const onKassa = (demo: boolean) =>
    withKassaProcess({ port: options.port, ownerPassword: options.password, demo, dataDir }, (url) =>
      run(browser, url),
    );
  try {
    const small = await onKassa(true);
    const grown = await growCatalog(dataDir, options.total);
    console.log(`  grew the catalogue by ${grown.added} products in ${(grown.ms / 1000).toFixed(1)} s`);
    const large = await onKassa(false);
    console.log(describe('demo catalogue (baseline)', small));
    console.log(describe('large catalogue', large));
    return { small, large };
  } finally {
    await browser.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
