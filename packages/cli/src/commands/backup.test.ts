import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startKassa } from '@kassa/server';
import { afterAll, describe, expect, it } from 'vitest';
import type { CliIo } from '../cli-io';
import { runKassa } from '../run-kassa';

const dataDir = mkdtempSync(join(tmpdir(), 'kassa-cli-backup-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

function captureIo(env: CliIo['env'] = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { env, out: (t) => out.push(t), err: (t) => err.push(t) };
  return { io, out: () => out.join('\n'), err: () => err.join('\n') };
}

const kassa = (argv: string[], env: CliIo['env'] = {}) => {
  const run = captureIo(env);
  return runKassa(argv, run.io).then((code) => ({ code, out: run.out(), err: run.err() }));
};

describe('kassa backup, backup verify and restore', () => {
  let backup = '';

  it('backs up a running server, and refuses to restore under it', async () => {
    const server = await startKassa({
      dataDir,
      port: 0,
      host: '127.0.0.1',
      logLevel: 'silent',
      ownerPassword: 'owner-backup-Pa55',
      backups: 'off',
    });
    try {
      const made = await kassa(['backup', '--data-dir', dataDir]);
      expect(made).toMatchObject({ code: 0, err: '' });
      const match = /Backup written and verified: (\S+\.sqlite)$/m.exec(made.out);
      backup = match?.[1] ?? '';
      expect(backup.startsWith(join(dataDir, 'backups', 'kassa-'))).toBe(true);
      expect(made.out).toMatch(/sales: 0 \(none/);
      expect(made.out).toMatch(/journal entries: 0, every chain intact/);

      const refused = await kassa(['restore', backup, '--data-dir', dataDir]);
      expect(refused.code).toBe(1);
      expect(refused.err).toContain('is open in a running Kassa server (or another program): stop it first');
    } finally {
      await server.close();
    }
  });

  it('verifies the backup, and restores it once the server is stopped', async () => {
    const verified = await kassa(['backup', 'verify', backup]);
    expect(verified).toMatchObject({ code: 0, err: '' });
    expect(verified.out).toContain(`OK / 备份完好 ${backup}`);

    const restored = await kassa(['restore', '--data-dir', dataDir, backup]);
    expect(restored).toMatchObject({ code: 0, err: '' });
    expect(restored.out).toContain(`as ${join(dataDir, 'kassa.db')}`);
    expect(restored.out).toMatch(/kept as: .*kassa\.db\.before-restore-\d{8}T\d{6}Z/);
    expect(restored.out).toContain('registers then send the sales still waiting in their outbox');
    expect(readdirSync(dataDir).filter((name) => name.includes('before-restore'))).toHaveLength(1);
  });

  it('says plainly what is wrong with a bad file, never with a stack trace', async () => {
    const junk = join(dataDir, 'junk.sqlite');
    writeFileSync(junk, 'this is not a backup\n'.repeat(300));
    const cases: [string[], CliIo['env'], number, string][] = [
      [['backup', 'verify', junk], {}, 1, 'BROKEN / 备份无效'],
      [['backup', 'verify', junk], {}, 1, 'not a readable SQLite database'],
      [['backup', 'verify', join(dataDir, 'nowhere.sqlite')], {}, 1, 'No such file'],
      [['backup', 'verify'], {}, 2, 'name the backup file'],
      [['backup', 'verify', junk, junk], {}, 2, 'one file only'],
      [
        ['restore', junk, '--data-dir', dataDir],
        {},
        1,
        'the backup failed verification, nothing was changed',
      ],
      [['backup', '--data-dir', join(dataDir, 'empty')], {}, 1, 'No Kassa database at'],
      [['backup', 'now'], {}, 2, "Unexpected argument 'now'"],
    ];
    for (const [argv, env, code, message] of cases) {
      const run = await kassa(argv, env);
      expect({ argv, code: run.code }).toEqual({ argv, code });
      expect(`${run.out}\n${run.err}`).toContain(message);
      expect(run.err).not.toMatch(/\n\s+at /);
    }
  });

  it('kassa start refuses a bad KASSA_BACKUP or KASSA_BACKUP_AT before starting anything', async () => {
    for (const [env, message] of [
      [{ KASSA_BACKUP_AT: '25:00' }, 'KASSA_BACKUP_AT must be a time of day HH:MM'],
      [{ KASSA_BACKUP: 'nightly' }, 'KASSA_BACKUP must be on or off'],
    ] as const) {
      const run = await kassa(['start', '--data-dir', join(dataDir, 'never'), '--port', '18999'], env);
      expect(run.code).toBe(2);
      expect(run.err).toContain(message);
      expect(run.err).not.toMatch(/\n\s+at /);
    }
    expect(readdirSync(dataDir)).not.toContain('never');
  });

  it('tells a PostgreSQL dump from a SQLite backup, and names a missing pg_dump', async () => {
    const dump = join(dataDir, 'kassa-20261122T193000Z.dump');
    writeFileSync(dump, 'PGDMP\u0001\u000e\u0000 not really a dump');
    const intoSqlite = await kassa(['restore', dump, '--data-dir', dataDir]);
    expect(intoSqlite.code).toBe(1);
    expect(intoSqlite.err).toContain('This is a PostgreSQL dump, but Kassa is set up for SQLite here');

    const env = {
      KASSA_DATABASE_URL: 'postgres://kassa:secret@127.0.0.1:1/kassa',
      KASSA_PG_DUMP: '/nowhere/bin/pg_dump',
    };
    const dumped = await kassa(['backup', '--data-dir', dataDir], env);
    expect(dumped.code).toBe(1);
    expect(dumped.err).toContain('/nowhere/bin/pg_dump was not found');
    const restored = await kassa(['restore', dump, '--data-dir', dataDir], env);
    expect(restored.code).toBe(1);
    expect(restored.err).toContain('/nowhere/bin/pg_restore was not found');
  });
});
