import { createHash, randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Schema } from '@kassa/db';
import { type Kysely, sql } from 'kysely';
import { KASSA_BUNDLE, startKassaProcess } from '../packages/cli/src/testing/kassa-process';
import { copyDatabase, databaseUrl, dropDatabase, onPostgresServer } from './postgres-admin';

/** The port the seeding server listens on: one seeder at a time (the advisory lock below). */
const SEED_PORT = 18695;
const PREFIX = 'kassa_faults_demo_';

/**
 * A fresh copy of the demo store on PostgreSQL: its URL. `kassa start --demo` on an empty
 * database takes some 15 s there (30 days of sales, one by one); a copy takes well under one. So
 * the demo is seeded once per server and built bundle, by whichever test file needs it first,
 * under an advisory lock the others wait on; each scenario then gets `CREATE DATABASE … TEMPLATE`
 * of it. Drop the copy with `dropDatabase`.
 */
export async function copyOfDemoDatabase(serverUrl: string, ownerPassword: string): Promise<string> {
  const bundle = createHash('sha256').update(readFileSync(KASSA_BUNDLE)).digest('hex').slice(0, 12);
  const template = `${PREFIX}${bundle}`;
  const name = `kassa_faults_${randomUUID().replaceAll('-', '').slice(0, 16)}`;
  await onPostgresServer(serverUrl, async (admin) => {
    await sql`select pg_advisory_lock(hashtext(${PREFIX}))`.execute(admin);
    try {
      const exists = await sql`select 1 from pg_database where datname = ${template}`.execute(admin);
      if (exists.rows.length === 0) await seedTemplate(admin, serverUrl, template, ownerPassword);
      await copyDatabase(admin, template, name);
    } finally {
      await sql`select pg_advisory_unlock(hashtext(${PREFIX}))`.execute(admin);
    }
  });
  return databaseUrl(serverUrl, name);
}

/** Seeds the demo into `template` with the built server; drops the templates of older bundles. */
async function seedTemplate(
  admin: Kysely<Schema>,
  serverUrl: string,
  template: string,
  ownerPassword: string,
) {
  const seeding = `${template}_seeding`;
  await dropDatabase(admin, seeding); // left by a run that died while seeding
  await sql`create database ${sql.id(seeding)}`.execute(admin);
  const dataDir = mkdtempSync(join(tmpdir(), 'kassa-faults-seed-'));
  try {
    const kassa = await startKassaProcess({
      port: SEED_PORT,
      ownerPassword,
      demo: true,
      dataDir,
      databaseUrl: databaseUrl(serverUrl, seeding),
    });
    await kassa.stop();
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
  const old = await sql<{
    datname: string;
  }>`select datname from pg_database where starts_with(datname, ${PREFIX})`.execute(admin);
  for (const { datname } of old.rows) if (datname !== seeding) await dropDatabase(admin, datname);
  // Renamed only once complete: a template under its final name is always a whole demo store.
  await sql`alter database ${sql.id(seeding)} rename to ${sql.id(template)}`.execute(admin);
}
