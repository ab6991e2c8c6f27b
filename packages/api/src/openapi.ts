import { z } from 'zod';
import { ERROR_CODES, ErrorBodySchema } from './error-codes';
import { isRawResponse, type RouteDef } from './route';
import { routes } from './routes';

type JsonObject = Record<string, unknown>;

/**
 * The OpenAPI 3.1 document of the API, generated from the route table so it cannot drift from what
 * the server mounts. JSON Schema 2020-12 is OpenAPI 3.1's own dialect, so zod's output is used as is.
 */
export function buildOpenApiDocument(version: string): JsonObject {
  const paths: Record<string, Record<string, JsonObject>> = {};
  for (const [id, route] of Object.entries(routes) as [string, RouteDef][]) {
    const operations = paths[route.path] ?? {};
    operations[route.method.toLowerCase()] = operation(id, route);
    paths[route.path] = operations;
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Kassa API',
      version,
      description:
        'Money is in integer minor units of the store currency (分 for CNY); quantities are in thousandths ' +
        '(1 piece = 1000, 0.350 kg = 350); instants are UTC epoch milliseconds. Errors share one body: ' +
        '`{ "error": { "code", "message", "issues"? } }`. Authenticate with `Authorization: Bearer <token>` ' +
        'from POST /api/v1/auth/login, or the session cookie it sets. A paired register also sends its ' +
        'device token in `X-Kassa-Device` and its app version in `X-Kassa-Version`.',
    },
    servers: [{ url: '/' }],
    components: {
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer' },
        cookie: { type: 'apiKey', in: 'cookie', name: 'kassa_session' },
      },
    },
    paths,
  };
}

function operation(id: string, route: RouteDef): JsonObject {
  const parameters = [...objectParameters(route.params, 'path'), ...objectParameters(route.query, 'query')];
  const responses: Record<string, JsonObject> = {};
  const status = String(route.status ?? (route.response === null ? 204 : 200));
  if (route.response === null) responses[status] = { description: 'Done' };
  else if (isRawResponse(route.response) && route.response.raw === 'event-stream') {
    responses[status] = {
      description:
        'Server-sent events: `id` is the event seq (resume with Last-Event-ID), `event` its type, `data` JSON',
      content: { 'text/event-stream': { schema: { type: 'string' } } },
    };
  } else if (isRawResponse(route.response) && route.response.raw === 'pdf') {
    responses[status] = {
      description: 'The document as a PDF file',
      content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } },
    };
  } else if (isRawResponse(route.response)) {
    responses[status] = {
      description: 'The document',
      content: {
        'text/html': { schema: { type: 'string' } },
        'application/octet-stream': { schema: { type: 'string', format: 'binary' } },
      },
    };
  } else {
    responses[status] = {
      description: 'OK',
      content: { 'application/json': { schema: toSchema(route.response, 'output') } },
    };
  }
  const codes = new Set<keyof typeof ERROR_CODES>(['internal_error', ...(route.errors ?? [])]);
  if (route.body || route.query || route.params) codes.add('validation_failed');
  if (route.access !== 'public') codes.add('unauthenticated');
  if (route.access !== 'public' && route.access !== 'authenticated') codes.add('forbidden');
  for (const code of codes) {
    const key = String(ERROR_CODES[code].status);
    const existing = responses[key];
    const description = existing ? `${existing.description as string}; ${code}` : code;
    responses[key] = {
      description,
      content: { 'application/json': { schema: toSchema(ErrorBodySchema, 'output') } },
    };
  }
  return {
    operationId: id,
    summary: route.summary,
    tags: [route.tag],
    ...(route.access === 'public' ? { security: [] } : { security: [{ bearer: [] }, { cookie: [] }] }),
    ...(route.access !== 'public' && route.access !== 'authenticated'
      ? { 'x-kassa-permission': route.access }
      : {}),
    ...(parameters.length > 0 ? { parameters } : {}),
    ...(route.body
      ? {
          requestBody: {
            required: true,
            content: { 'application/json': { schema: toSchema(route.body, 'input') } },
          },
        }
      : {}),
    responses,
  };
}

function objectParameters(schema: z.ZodType | undefined, where: 'path' | 'query'): JsonObject[] {
  if (!schema) return [];
  const json = toSchema(schema, 'input');
  const properties = (json.properties ?? {}) as Record<string, JsonObject>;
  const required = new Set((json.required ?? []) as string[]);
  return Object.entries(properties).map(([name, property]) => ({
    name,
    in: where,
    required: where === 'path' || required.has(name),
    schema: property,
  }));
}

function toSchema(schema: z.ZodType, io: 'input' | 'output'): JsonObject {
  const json = z.toJSONSchema(schema, { io, unrepresentable: 'any', reused: 'inline' }) as JsonObject;
  delete json.$schema;
  return json;
}
