import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describePostgresBackupError, dumpPostgres, postgresToolsOf } from './postgres-backup';

describe('PostgreSQL tools', () => {
  it('are found beside KASSA_PG_DUMP, or on the PATH', () => {
    expect(postgresToolsOf({ KASSA_PG_DUMP: '/usr/lib/postgresql/18/bin/pg_dump' })).toEqual({
      pgDump: '/usr/lib/postgresql/18/bin/pg_dump',
      pgRestore: '/usr/lib/postgresql/18/bin/pg_restore',
    });
    expect(postgresToolsOf({})).toEqual({ pgDump: 'pg_dump', pgRestore: 'pg_restore' });
  });

  it('say which program is missing', async () => {
    const missing = { pgDump: '/nowhere/pg_dump', pgRestore: '/nowhere/pg_restore' };
    const dir = await mkdtemp(join(tmpdir(), 'kassa-pg-missing-'));
    try {
      const result = await dumpPostgres({
        url: 'postgres://kassa:secret@127.0.0.1:1/kassa',
        tools: missing,
        backupsDir: dir,
        clock: () => 0,
        timeZone: 'UTC',
      });
      expect(result).toEqual({ ok: false, error: { code: 'pg_tool_missing', tool: '/nowhere/pg_dump' } });
      if (!result.ok) expect(describePostgresBackupError(result.error)).toMatch(/not found.*KASSA_PG_DUMP/);
      // Nothing half-written is left behind.
      expect(await readdir(dir)).toEqual([]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

// pg_dump refuses a server newer than itself (the embedded test server may be newer than the
// machine's client programs): the round trip runs where the versions allow it.
