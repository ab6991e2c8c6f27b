import { defineConfig, devices } from '@playwright/test';
import { E2E } from './e2e/e2e-env';

/** The run on PostgreSQL (see e2e-env.ts) keeps its results apart from the SQLite run's. */
const suffix = E2E.database === 'postgres' ? '-pg' : '';

/**
 * End-to-end stories in Debian's Chromium against a real Kassa server (built bundle, fresh SQLite
 * data directory) started by e2e/global-setup.ts. With KASSA_E2E_DATABASE=postgres, the outage
 * stories (offline-*.spec.ts) and the reports run again against a server on PostgreSQL.
 */
export default defineConfig({
  testDir: 'e2e',
  testMatch: E2E.database === 'postgres' ? /(offline-.*|reports)\.spec\.ts$/ : '*.spec.ts',
  timeout: 60_000,
  fullyParallel: false,
  workers: 1,
  // Playwright empties its outputDir at start: keep it apart from the Vitest summary in test-results/.
  outputDir: `test-results/e2e${suffix}`,
  reporter: [['list'], ['json', { outputFile: `test-results/playwright${suffix}.json` }]],
  globalSetup: './e2e/global-setup.ts',
  use: {
    baseURL: E2E.url,
    launchOptions: {
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
    },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    trace: 'retain-on-failure',
  },
  projects: [
    { name: 'desktop', use: { viewport: { width: 1366, height: 768 }, hasTouch: true } },
    {
      name: 'phone',
      use: { ...devices['Pixel 7'], viewport: { width: 390, height: 844 }, defaultBrowserType: 'chromium' },
    },
  ],
});
