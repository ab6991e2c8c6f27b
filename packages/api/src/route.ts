import type { z } from 'zod';
import type { ErrorCode } from './error-codes';
import type { Access } from './permissions';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * A response that is not JSON: a printable receipt page, printer bytes, a PDF file, or a stream of
 * server-sent events.
 */
export type RawResponse = { readonly raw: 'html' | 'bytes' | 'html-or-bytes' | 'pdf' | 'event-stream' };

/**
 * One endpoint of the API: everything the server, the typed client, the OpenAPI document and the
 * route × role test need to know about it.
 */
export type RouteDef = {
  readonly method: HttpMethod;
  /** OpenAPI-style path: `/api/v1/products/{id}`. */
  readonly path: string;
  readonly summary: string;
  readonly tag: string;
  readonly access: Access;
  readonly params?: z.ZodType;
  readonly query?: z.ZodType;
  readonly body?: z.ZodType;
  readonly response: z.ZodType | RawResponse | null;
  /** 200 unless it creates something. */
  readonly status?: 200 | 201;
  /** The business errors the route may answer with, beyond validation and auth. */
  readonly errors?: readonly ErrorCode[];
};

/** Keeps literal types of a route definition while checking its shape. */
export function defineRoute<const R extends RouteDef>(route: R): R {
  return route;
}

export function isRawResponse(response: RouteDef['response']): response is RawResponse {
  return response !== null && 'raw' in response;
}

type Infer<T> = T extends z.ZodType ? z.input<T> : undefined;
type InferOut<T> = T extends z.ZodType ? z.output<T> : undefined;

/** What a caller sends: path params, query and body, each only when the route has one. */
export type RouteInput<R extends RouteDef> = (R['params'] extends z.ZodType
  ? { params: Infer<R['params']> }
  : {}) &
  (R['query'] extends z.ZodType ? { query: Infer<R['query']> } : {}) &
  (R['body'] extends z.ZodType ? { body: Infer<R['body']> } : {});

/** What a handler receives after validation (defaults applied). */
export type RouteParsed<R extends RouteDef> = {
  params: InferOut<R['params']>;
  query: InferOut<R['query']>;
  body: InferOut<R['body']>;
};

/** What the route answers on success. */
export type RouteOutput<R extends RouteDef> = R['response'] extends z.ZodType
  ? z.output<R['response']>
  : R['response'] extends RawResponse
    ? Response
    : undefined;
