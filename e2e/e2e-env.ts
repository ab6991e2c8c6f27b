const port = Number(process.env.KASSA_E2E_PORT ?? 18080);

/** Where the end-to-end server listens and how the tests sign in. */
export const E2E = {
  port,
  url: process.env.KASSA_E2E_URL ?? `http://127.0.0.1:${port}`,
  ownerPassword: process.env.KASSA_E2E_OWNER_PASSWORD ?? 'kassa-e2e-owner',
} as const;
