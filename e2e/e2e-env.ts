/** Where the end-to-end server listens and how the tests sign in. */
export const E2E = {
  port: 18080,
  url: process.env.KASSA_E2E_URL ?? 'http://127.0.0.1:18080',
  ownerPassword: process.env.KASSA_E2E_OWNER_PASSWORD ?? 'kassa-e2e-owner',
} as const;
