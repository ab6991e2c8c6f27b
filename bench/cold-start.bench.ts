import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Figures } from './results';
import { percentile, round } from './stats';

const BUNDLE = join(import.meta.dirname, '..', 'packages', 'cli', 'dist', 'kassa.js');
const PORT = 18191;
const RUNS = 5;

/** Milliseconds from spawning `args` to `ready()` resolving, then the process is stopped. */
async function timeToReady(
  args: string[],
  ready: () => Promise<boolean>,
  env: NodeJS.ProcessEnv = {},
): Promise<number> {
  const started = performance.now();
  const child = spawn(process.execPath, args, { env: { ...process.env, ...env }, stdio: 'ignore' });
  try {
    while (!(await ready())) {
      if (child.exitCode !== null) throw new Error(`${args.join(' ')} exited with ${child.exitCode}`);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    return performance.now() - started;
  } finally {
    child.kill('SIGTERM');
    if (child.exitCode === null) await new Promise((resolve) => child.once('exit', resolve));
  }
}

const healthy = () =>
  fetch(`http://127.0.0.1:${PORT}/api/health`).then(
    (r) => r.ok,
    () => false,
  );

/**
 * DESIGN §7: server cold start to ready ≤ 1.5 s. Measures `kassa start` on an existing data directory
 * (a restart: the everyday case) until /api/health answers, against the same machine's bare Node
 * HTTP server started the same way (the floor no server can beat).
 */
export async function benchColdStart(): Promise<Figures> {
  const dataDir = mkdtempSync(join(tmpdir(), 'kassa-cold-'));
  const start = [BUNDLE, 'start', '--port', String(PORT), '--host', '127.0.0.1', '--data-dir', dataDir];
  const env = { KASSA_OWNER_PASSWORD: 'cold-start-owner', KASSA_LOG_LEVEL: 'warn' };
  const bare = [
    '-e',
    `require('node:http').createServer((q, s) => s.end('ok')).listen(${PORT}, '127.0.0.1')`,
  ];
  const bareReady = () =>
    fetch(`http://127.0.0.1:${PORT}/`).then(
      (r) => r.ok,
      () => false,
    );
  try {
    const first = await timeToReady(start, healthy, env); // creates the database and the owner
    const kassa: number[] = [];
    const node: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      kassa.push(await timeToReady(start, healthy, env));
      node.push(await timeToReady(bare, bareReady));
    }
    const median = percentile(kassa, 50);
    const floor = percentile(node, 50);
    console.log(
      `server cold start to ready: ${median.toFixed(0)} ms median of ${RUNS} restarts (first start ${first.toFixed(0)} ms), ` +
        `bare Node HTTP server ${floor.toFixed(0)} ms — budget ≤ 1500 ms`,
    );
    return {
      'cold-start.restart': { value: round(median, 0), unit: 'ms', baseline: round(floor, 0) },
      'cold-start.first': { value: round(first, 0), unit: 'ms', baseline: 1500 },
    };
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
