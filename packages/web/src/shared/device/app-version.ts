/**
 * The version of this web app build, sent to the server with every request (`X-Kassa-Version`) so
 * the back office shows what each register runs. Set at build time from the web package's version
 * (vite.config.ts); 'dev' when running from source.
 */
export const APP_VERSION: string = (() => {
  const version: unknown = import.meta.env.VITE_KASSA_VERSION;
  return typeof version === 'string' && version !== '' ? version : 'dev';
})();
