import { createServer, request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';

/** What the link does to one push (`POST /api/v1/sync/push`) on its way to the server and back. */
export type Fault =
  /** The push reaches the server twice at once (a retransmitting middlebox); the register hears the first answer. */
  | { readonly kind: 'duplicate' }
  /**
   * The link drops once `afterBytes` bytes of the request body are on the wire to the server
   * (Infinity: all of it; the answer never comes back). `meanwhile` runs at that point, before the
   * link drops, e.g. to kill and restart the server there.
   */
  | { readonly kind: 'cut'; readonly afterBytes: number; readonly meanwhile?: () => Promise<void> }
  /**
   * The server answers (so it has committed) but the answer never reaches the register. `meanwhile`
   * runs after the answer arrived, before the link drops.
   */
  | { readonly kind: 'lose-response'; readonly meanwhile?: () => Promise<void> };

/** One push as the proxy saw it, with what it did to it and what the server answered. */
export type PushRecord = {
  /** 1 for the first push through this proxy, counted on arrival. */
  readonly n: number;
  readonly registerId: string;
  /** When it arrived, and when the register got its answer or lost its link (epoch ms). */
  readonly arrivedAt: number;
  readonly endedAt: number;
  readonly fault: Fault['kind'] | 'none';
  /** The server's status (the first copy's for a duplicate); null when it never answered. */
  readonly status: number | null;
  /** The Retry-After of a 429, in seconds. */
  readonly retryAfterS: number | null;
  /** How many entries the server's answer says were applied, duplicates, rejected (both copies' for a duplicate). */
  readonly results: Record<'applied' | 'duplicate' | 'rejected', number> | null;
};

export type FaultProxy = {
  readonly url: string;
  /** Every push so far, in order of arrival. */
  pushes(): PushRecord[];
  /** Applies `fault` to the `n`th push through the proxy (counted from 1, retries included). */
  inject(n: number, fault: Fault): void;
  close(): Promise<void>;
};

type Answer = { status: number; headers: IncomingMessage['headers']; body: Buffer };

/** A request on its way to the server: when its (first `limit` bytes of) body is on the wire, its answer, and a cut. */
type Forwarded = { sent: Promise<void>; answer: Promise<Answer | null>; cut(): void };

const PUSH_PATH = '/api/v1/sync/push';

/**
 * A fault-injecting HTTP proxy between simulated registers and a real Kassa server, on loopback.
 * Each request goes to the server on a fresh connection (a restarted server is reached at once,
 * never through a stale keep-alive socket). Pushes are numbered as they arrive; the one given a
 * fault is cut, duplicated or loses its answer. A register sees a dropped link as a failed fetch.
 */
export async function startFaultProxy(options: { port: number; target: string }): Promise<FaultProxy> {
  const target = new URL(options.target);
  const faults = new Map<number, Fault>();
  const pushes: PushRecord[] = [];
  let arrived = 0;

  const forward = (req: IncomingMessage, body: Buffer, limit = Number.POSITIVE_INFINITY): Forwarded => {
    const upstream = httpRequest({
      host: target.hostname,
      port: target.port,
      method: req.method,
      path: req.url,
      headers: req.headers,
      agent: false,
    });
    const answer = new Promise<Answer | null>((resolve) => {
      upstream.on('response', (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            body: Buffer.concat(chunks),
          }),
        );
        response.on('error', () => resolve(null));
      });
      upstream.on('error', () => resolve(null));
      upstream.on('close', () => resolve(null));
    });
    const sent = new Promise<void>((resolve) => {
      upstream.on('error', () => resolve());
      if (limit >= body.length) upstream.end(body, resolve);
      // Part of the body, and no more: the server waits for the rest until the link drops.
      else upstream.write(body.subarray(0, limit), () => resolve());
    });
    return { sent, answer, cut: () => upstream.destroy() };
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const body = await readBody(req);
    const isPush = req.method === 'POST' && req.url === PUSH_PATH;
    if (!isPush) return reply(res, await forward(req, body).answer);
    const n = ++arrived;
    const arrivedAt = Date.now();
    const fault = faults.get(n);
    const record = (answer: Answer | null, copy: Answer | null = null) => {
      pushes.push({
        n,
        registerId: registerIdOf(body),
        arrivedAt,
        endedAt: Date.now(),
        fault: fault?.kind ?? 'none',
        status: answer?.status ?? null,
        retryAfterS: answer?.status === 429 ? Number(answer.headers['retry-after']) : null,
        results: answer?.status === 200 ? resultsOf([answer, copy]) : null,
      });
    };
    if (fault?.kind === 'cut') {
      const forwarded = forward(req, body, fault.afterBytes);
      await forwarded.sent;
      await fault.meanwhile?.();
      forwarded.cut();
      record(null);
      return reply(res, null);
    }
    const [answer, copy] = await Promise.all([
      forward(req, body).answer,
      fault?.kind === 'duplicate' ? forward(req, body).answer : null,
    ]);
    record(answer, copy);
    if (fault?.kind === 'lose-response') {
      await fault.meanwhile?.();
      return reply(res, null);
    }
    reply(res, answer);
  };

  const server = createServer((req, res) =>
    handle(req, res).catch((error: unknown) => {
      // A `meanwhile` that failed (a server that would not restart): say why the register then stalls.
      console.error('fault proxy:', error);
      reply(res, null);
    }),
  );
  await new Promise<void>((resolve) => server.listen(options.port, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${options.port}`,
    pushes: () => [...pushes].sort((a, b) => a.n - b.n),
    inject: (n, fault) => void faults.set(n, fault),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Passes the server's answer on, or drops the register's connection (no answer: a lost link). */
function reply(res: ServerResponse, answer: Answer | null): void {
  if (answer === null) {
    res.socket?.destroy();
    return;
  }
  res.writeHead(answer.status, answer.headers);
  res.end(answer.body);
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function resultsOf(answers: readonly (Answer | null)[]): PushRecord['results'] {
  const counts = { applied: 0, duplicate: 0, rejected: 0 };
  for (const answer of answers) {
    if (answer?.status !== 200) continue;
    const { results } = JSON.parse(answer.body.toString('utf8')) as {
      results: { status: keyof typeof counts }[];
    };
    for (const result of results) counts[result.status] += 1;
  }
  return counts;
}

function registerIdOf(body: Buffer): string {
  try {
    return String((JSON.parse(body.toString('utf8')) as { registerId?: unknown }).registerId);
  } catch {
    return '';
  }
}
