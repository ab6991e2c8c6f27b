/**
 * What the global setup hands to test workers through Vitest's `provide`/`inject`: the URL of
 * the run's PostgreSQL server (its maintenance database), or null when PostgreSQL was switched
 * off with KASSA_TEST_POSTGRES=skip.
 */
export const postgresUrlKey = 'postgresUrl';

declare module 'vitest' {
  export interface ProvidedContext {
    postgresUrl: string | null;
  }
}
