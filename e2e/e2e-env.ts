/** `postgres`: the server runs on an embedded PostgreSQL instead of a SQLite file (the outage stories run on both). */
const database = process.env.KASSA_E2E_DATABASE === 'postgres' ? 'postgres' : 'sqlite';
const port = Number(process.env.KASSA_E2E_PORT ?? (database === 'postgres' ? 18081 : 18080));

/** Where the end-to-end server listens, on which database, and how the tests sign in. */
export const E2E = {
  database,
  port,
  url: process.env.KASSA_E2E_URL ?? `http://127.0.0.1:${port}`,
  ownerPassword: process.env.KASSA_E2E_OWNER_PASSWORD ?? 'kassa-e2e-owner',
} as const;
