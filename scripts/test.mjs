#!/usr/bin/env node
// `npm test`: every suite — unit, property and contract tests (Vitest, SQLite and a real PostgreSQL)
// and the end-to-end stories (Playwright in Debian's Chromium against a real server). Ends with one
// line `N passed, N failed` summing all suites.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const results = join(root, 'test-results');
mkdirSync(results, { recursive: true });
// A suite that fails to report must not be counted from an earlier run's file.
for (const name of ['vitest.json', 'playwright.json', 'playwright-pg.json'])
  rmSync(join(results, name), { force: true });

function run(command, args, env = {}) {
  console.log(`\n$ ${command} ${args.join(' ')}`);
  return (
    spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } }).status ?? 1
  );
}

ensureChromium();
const buildStatus = run('npm', ['run', 'build']);
run('npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${join(results, 'vitest.json')}`,
]);
run('npx', ['playwright', 'test']);
// The outage stories again, against a server on PostgreSQL.
run('npx', ['playwright', 'test'], { KASSA_E2E_DATABASE: 'postgres' });

const vitest = readJson('vitest.json');
const playwrights = [readJson('playwright.json'), readJson('playwright-pg.json')];
let passed = vitest?.numPassedTests ?? 0;
let failed = vitest ? vitest.numFailedTests : 1;
for (const playwright of playwrights) {
  passed += playwright?.stats?.expected ?? 0;
  failed += playwright ? playwright.stats.unexpected : 1;
  if (playwright && playwright.errors?.length > 0 && playwright.stats.unexpected === 0)
    failed += playwright.errors.length;
}
if (buildStatus !== 0) failed += 1;
if (vitest && !vitest.success && vitest.numFailedTests === 0) failed += 1; // a suite that failed to load
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);

function readJson(name) {
  const file = join(results, name);
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null;
}

/** The e2e tests drive Debian's Chromium; install it (and CJK fonts for screenshots) when we can. */
function ensureChromium() {
  if (existsSync('/usr/bin/chromium')) return;
  if (process.getuid?.() !== 0) {
    console.error('Chromium is missing: install it with `sudo apt-get install -y chromium fonts-noto-cjk`.');
    return;
  }
  run('apt-get', ['update', '-qq']);
  run('apt-get', ['install', '-y', '-qq', 'chromium', 'fonts-noto-cjk'], {
    DEBIAN_FRONTEND: 'noninteractive',
  });
}
