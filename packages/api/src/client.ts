import { ApiError, isErrorCode } from './api-error';
import { isRawResponse, type RouteInput, type RouteOutput } from './route';
import { type RouteId, type Routes, routes } from './routes';

export type ApiClientOptions = {
  /** '' for the same origin (the web app), or `http://host:port` for other callers. */
  baseUrl?: string;
  fetch?: typeof fetch;
  /** Bearer token for API callers; the web app relies on the session cookie instead. */
  token?: () => string | null;
  /** More headers for every request, asked for each one (a paired register's device token). */
  headers?: () => Readonly<Record<string, string>>;
};

export type ApiClient = {
  call<K extends RouteId>(
    id: K,
    ...input: keyof RouteInput<Routes[K]> extends never ? [] : [RouteInput<Routes[K]>]
  ): Promise<RouteOutput<Routes[K]>>;
  /** The URL of a route, e.g. for a receipt link or an `<iframe>`. */
  url<K extends RouteId>(id: K, input?: Partial<Record<'params' | 'query', Record<string, unknown>>>): string;
};

/** A typed client of the Kassa API, built from the same route table the server mounts. */
export function createApiClient(options: ApiClientOptions = {}): ApiClient {
  const baseUrl = options.baseUrl ?? '';
  const doFetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));

  function url(
    id: RouteId,
    input: Partial<Record<'params' | 'query', Record<string, unknown>>> = {},
  ): string {
    const route = routes[id];
    const path = route.path.replace(/\{(\w+)\}/g, (_, name: string) =>
      encodeURIComponent(String(input.params?.[name] ?? '')),
    );
    const search = new URLSearchParams();
    for (const [key, value] of Object.entries(input.query ?? {})) {
      if (value !== undefined && value !== null) search.set(key, String(value));
    }
    const qs = search.toString();
    return `${baseUrl}${path}${qs ? `?${qs}` : ''}`;
  }

  async function call(id: RouteId, input: Record<string, unknown> = {}): Promise<unknown> {
    const route = routes[id];
    const headers: Record<string, string> = { ...options.headers?.(), accept: 'application/json' };
    const token = options.token?.();
    if (token) headers.authorization = `Bearer ${token}`;
    const init: RequestInit = { method: route.method, headers, credentials: 'same-origin' };
    if ('body' in input) {
      headers['content-type'] = 'application/json';
      init.body = JSON.stringify(input.body);
    }
    let response: Response;
    try {
      response = await doFetch(url(id, input as Parameters<typeof url>[1]), init);
    } catch (cause) {
      throw new ApiError(0, 'network_error', cause instanceof Error ? cause.message : 'network error');
    }
    if (!response.ok) throw await toApiError(response);
    if (isRawResponse(route.response)) return response;
    if (route.response === null || response.status === 204) return undefined;
    return response.json();
  }

  return { call: call as ApiClient['call'], url: url as ApiClient['url'] };
}

async function toApiError(response: Response): Promise<ApiError> {
  const body: unknown = await response.json().catch(() => null);
  const error = (body as { error?: Record<string, unknown> } | null)?.error;
  if (error && isErrorCode(error.code)) {
    return new ApiError(
      response.status,
      error.code,
      String(error.message ?? error.code),
      Array.isArray(error.issues) ? error.issues : [],
      (error.details as Record<string, unknown>) ?? {},
    );
  }
  return new ApiError(
    response.status,
    response.status >= 500 ? 'internal_error' : 'validation_failed',
    response.statusText,
  );
}
