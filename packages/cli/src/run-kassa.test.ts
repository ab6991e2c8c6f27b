import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { CliIo } from './cli-io';
import { runKassa } from './run-kassa';

function captureIo(env: CliIo['env'] = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { env, out: (t) => out.push(t), err: (t) => err.push(t) };
  return { io, out: () => out.join('\n'), err: () => err.join('\n') };
}

const empty = mkdtempSync(join(tmpdir(), 'kassa-cli-empty-'));
afterAll(() => rmSync(empty, { recursive: true, force: true }));

describe('runKassa', () => {
  it('prints the help for --help, and for each command', async () => {
    const top = captureIo();
    expect(await runKassa(['--help'], top.io)).toBe(0);
    expect(top.out()).toContain('journal verify');

    const start = captureIo();
    expect(await runKassa(['start', '--help'], start.io)).toBe(0);
    expect(start.out()).toContain('--data-dir DIR');

    const journal = captureIo();
    expect(await runKassa(['journal', 'verify', '-h'], journal.io)).toBe(0);
    expect(journal.out()).toContain('--store CODE');
  });

  it.each([
    [['frobnicate'], 'Unknown command'],
    [['journal'], 'did you mean "kassa journal verify"'],
    [['start', '--prot', '80'], "Unknown option '--prot'"],
    [['start', '--port', '70000'], '--port must be a port number 1–65535'],
    [['start', '--port', '0'], 'the port must be 1–65535'],
    [['start', '--port'], "Option '--port <value>' argument missing"],
    [['start', 'now'], "Unexpected argument 'now'"],
    [['journal', 'verify', '--store'], "Option '--store <value>' argument missing"],
  ])('exits with 2 and says why for %j', async (argv, message) => {
    const run = captureIo();
    expect(await runKassa(argv, run.io)).toBe(2);
    expect(run.err()).toContain(message);
    expect(run.err()).not.toMatch(/\n\s+at /);
  });

  it('exits with 2 on a bad KASSA_PORT before starting anything', async () => {
    const run = captureIo({ KASSA_PORT: 'eighty' });
    expect(await runKassa(['start', '--data-dir', empty], run.io)).toBe(2);
    expect(run.err()).toContain('KASSA_PORT must be a port number');
  });

  it('exits with 2 and the usage when run without a command', async () => {
    const run = captureIo();
    expect(await runKassa([], run.io)).toBe(2);
    expect(run.err()).toContain('Usage: kassa <command>');
  });

  it('says there is no database rather than creating one', async () => {
    const run = captureIo();
    expect(await runKassa(['journal', 'verify', '--data-dir', empty], run.io)).toBe(1);
    expect(run.err()).toContain('No Kassa database at');
  });
});
