import type { RequestIdVariables } from 'hono/request-id';

/** The Hono environment of the Kassa app: the request id set by the request-id middleware. */
export type KassaEnv = { Variables: RequestIdVariables };
