import { openDatabase, type Schema } from '@kassa/db';
import { type Kysely, sql } from 'kysely';

/** The URL of database `name` on the server that `anyUrl` (a URL of any of its databases) points at. */
export function databaseUrl(anyUrl: string, name: string): string {
  const url = new URL(anyUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** The name of the database a URL points at. */
export function databaseName(url: string): string {
  return decodeURIComponent(new URL(url).pathname.slice(1));
}

/** Runs `run` on one connection to the server's `postgres` database (`anyUrl`: any of its databases). */
export async function onPostgresServer<T>(
  anyUrl: string,
  run: (admin: Kysely<Schema>) => Promise<T>,
): Promise<T> {
  const admin = await openDatabase({ kind: 'postgres', url: databaseUrl(anyUrl, 'postgres'), poolSize: 1 });
  try {
    // One connection for the whole run: a session's advisory lock must not move to another halfway.
    return await admin.db.connection().execute((connection) => run(connection));
  } finally {
    await admin.close();
  }
}

/** Copies database `from`, to which nobody may be connected, as a new database `to`. */
export async function copyDatabase(admin: Kysely<Schema>, from: string, to: string): Promise<void> {
  await sql`create database ${sql.id(to)} template ${sql.id(from)}`.execute(admin);
}

/** Drops the database if it exists, ending any connection a failed test left open (PostgreSQL 13+). */
export async function dropDatabase(admin: Kysely<Schema>, name: string): Promise<void> {
  await sql`drop database if exists ${sql.id(name)} with (force)`.execute(admin);
}
