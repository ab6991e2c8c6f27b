import { execFile } from 'node:child_process';
import { mkdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { err, ok, type Result } from '@kassa/core';
import { backupFileName } from './backup-file-name';
import { pruneBackups } from './prune-backups';

/** Where PostgreSQL's client programs are: `KASSA_PG_DUMP`, with `pg_restore` beside it. */
export type PostgresTools = { readonly pgDump: string; readonly pgRestore: string };

/**
 * `pg_dump` from `KASSA_PG_DUMP` (then `pg_restore` from the same folder), or both from the PATH.
 * They must be at least as new as the server: pg_dump refuses a newer server.
 */
export function postgresToolsOf(env: Readonly<Record<string, string | undefined>>): PostgresTools {
  const pgDump = env.KASSA_PG_DUMP?.trim();
  if (!pgDump) return { pgDump: 'pg_dump', pgRestore: 'pg_restore' };
  const folder = dirname(pgDump);
  return { pgDump, pgRestore: folder === '.' ? 'pg_restore' : join(folder, 'pg_restore') };
}

/** What `pg_restore --list` tells about a dump. */
export type PostgresArchive = {
  /** As pg_dump wrote it, e.g. '2026-11-22 03:30:00 UTC'. */
  readonly createdAt: string | null;
  readonly database: string | null;
  /** Tables whose rows the dump holds. */
  readonly tables: number;
};

/** Why pg_dump or pg_restore did not do its job. */
export type PostgresBackupError =
  | { readonly code: 'pg_tool_missing'; readonly tool: string }
  | { readonly code: 'pg_tool_failed'; readonly tool: string; readonly detail: string };

/**
 * Dumps the PostgreSQL database at `url` with `pg_dump -Fc` into `backupsDir` as
 * `kassa-<UTC time>.dump`, checks the dump reads back (`pg_restore --list`; a failed one is
 * deleted), then applies retention to the `.dump` files there.
 */
export async function dumpPostgres(options: {
  readonly url: string;
  readonly tools: PostgresTools;
  readonly backupsDir: string;
  readonly clock: () => number;
  /** Whose calendar retention counts on: the machine's. */
  readonly timeZone: string;
}): Promise<
  Result<{ file: string; archive: PostgresArchive; pruned: readonly string[] }, PostgresBackupError>
> {
  const name = backupFileName(options.clock(), 'postgres');
  const file = join(options.backupsDir, name);
  await mkdir(options.backupsDir, { recursive: true });
  const partial = `${file}.partial`;
  const dumped = await runTool(options.tools.pgDump, ['-Fc', '-f', partial], options.url);
  if (!dumped.ok) {
    await rm(partial, { force: true });
    return dumped;
  }
  await rename(partial, file);
  const archive = await verifyPostgresDump(file, options.tools);
  if (!archive.ok) {
    await rm(file, { force: true });
    return archive;
  }
  const pruned = await pruneBackups(options.backupsDir, 'postgres', options.timeZone, name);
  return ok({ file, archive: archive.value, pruned });
}

/**
 * Checks that `pg_restore` can read the dump's table of contents. It does not look inside the rows:
 * the journal is checked after a restore, with `kassa journal verify`.
 */
export async function verifyPostgresDump(
  file: string,
  tools: PostgresTools,
): Promise<Result<PostgresArchive, PostgresBackupError>> {
  const listed = await runTool(tools.pgRestore, ['--list', file], null);
  if (!listed.ok) return listed;
  // The header is comment lines: ";     dbname: kassa", "; Archive created at 2026-11-22 …".
  const comments = listed.value
    .split('\n')
    .filter((line) => line.startsWith(';'))
    .map((line) => line.slice(1).trim());
  const header = (label: string) =>
    comments
      .find((line) => line.startsWith(label))
      ?.slice(label.length)
      .trim() ?? null;
  return ok({
    createdAt: header('Archive created at'),
    database: header('dbname:'),
    tables: listed.value.split('\n').filter((line) => / TABLE DATA /.test(line)).length,
  });
}

/**
 * Replaces the contents of the database at `url` with the dump (`pg_restore --clean --if-exists
 * --no-owner --single-transaction`): all of it or, on any error, nothing.
 */
export async function restorePostgresDump(options: {
  readonly url: string;
  readonly file: string;
  readonly tools: PostgresTools;
}): Promise<Result<PostgresArchive, PostgresBackupError>> {
  const archive = await verifyPostgresDump(options.file, options.tools);
  if (!archive.ok) return archive;
  const restored = await runTool(
    options.tools.pgRestore,
    ['--clean', '--if-exists', '--no-owner', '--single-transaction', options.file],
    options.url,
  );
  return restored.ok ? archive : restored;
}

/**
 * Runs a PostgreSQL client program; with a `url`, connected to it. The password goes in the
 * environment (PGPASSWORD), not on the command line, where any user of the machine could read it.
 */
function runTool(
  tool: string,
  args: readonly string[],
  url: string | null,
): Promise<Result<string, PostgresBackupError>> {
  const env: Record<string, string | undefined> = { ...process.env };
  const connection: string[] = [];
  if (url !== null) {
    const parsed = new URL(url);
    if (parsed.password) env.PGPASSWORD = decodeURIComponent(parsed.password);
    parsed.password = '';
    connection.push(`--dbname=${parsed.toString()}`);
  }
  return new Promise((resolve) => {
    execFile(
      tool,
      [...connection, ...args],
      { env, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (!error) return resolve(ok(stdout));
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
          return resolve(err({ code: 'pg_tool_missing', tool }));
        }
        const detail = stderr.trim().split('\n').slice(-3).join(' ') || error.message;
        resolve(err({ code: 'pg_tool_failed', tool: basename(tool), detail }));
      },
    );
  });
}

/** One line of English for the `kassa` command. */
export function describePostgresBackupError(error: PostgresBackupError): string {
  switch (error.code) {
    case 'pg_tool_missing':
      return `${error.tool} was not found: install PostgreSQL's client programs (the server's major version or newer) or set KASSA_PG_DUMP to pg_dump's path`;
    case 'pg_tool_failed':
      return `${error.tool} failed: ${error.detail}`;
  }
}
