import { createEventRepository, type KassaEvent } from '@kassa/db';
import type { Context } from 'hono';
import { streamSSE } from 'hono/streaming';
import { type AuthSession, canSeeStore } from '../auth/auth-session';
import type { Authenticator } from '../auth/authenticator';
import type { KassaContext } from '../kassa-context';
import { CATALOG_EVENT_TYPES } from '../sync/pull/catalog-change';
import type { EventFeed } from './event-feed';
import { createStreamBacklog } from './stream-backlog';

/**
 * A phone further behind than this many events starts afresh (`reset`) rather than replaying them
 * all: when it connects, and when that many are waiting to be written to it (it cannot keep up).
 */
export const MAX_BACKLOG = 10_000;
const HEARTBEAT_MS = 15_000;
const SESSION_CHECK_MS = 60_000;

/**
 * Events the owner's dashboard is not told of: practice sales on a register in training (they are
 * no business), and the catalogue changes registers pull by seq (instance-wide, many at once on an
 * import, and nothing for a phone to show).
 */
export const NOT_FOR_DASHBOARD: ReadonlySet<string> = new Set([
  'training_sale.completed',
  ...Object.values(CATALOG_EVENT_TYPES),
]);

export type EventStreamDeps = {
  readonly ctx: KassaContext;
  readonly feed: EventFeed;
  readonly authenticator: Authenticator;
  /** Tests shorten these; {@link MAX_BACKLOG} and a minute otherwise. */
  readonly limits?: { readonly maxBacklog?: number; readonly sessionCheckMs?: number };
};

/**
 * The live events of the stores the caller may see (one store when asked), as server-sent events:
 * `id` is the event's seq, so a reconnecting EventSource resumes after the last one it got
 * (`Last-Event-ID`, or `after` for clients that cannot set headers). First comes `ready` with the
 * seq it starts after; a client too far behind, or too slow to take what arrives, gets `reset` and
 * should reload its figures. A comment every 15 s keeps proxies from closing the connection. Every
 * minute the session is looked at again without counting as a use (an open stream alone does not
 * keep a session alive): the stream ends with the session or the permission to read reports, and
 * follows the stores the user may see now.
 */
export function eventStream(
  c: Context,
  deps: EventStreamDeps,
  request: {
    readonly auth: AuthSession;
    readonly token: string;
    readonly storeId?: string | undefined;
    readonly after?: number | undefined;
  },
): Response {
  const maxBacklog = deps.limits?.maxBacklog ?? MAX_BACKLOG;
  let auth = request.auth;
  const shows = (event: KassaEvent) =>
    !NOT_FOR_DASHBOARD.has(event.type) &&
    (event.storeId === null ||
      (request.storeId === undefined ? canSeeStore(auth, event.storeId) : event.storeId === request.storeId));
  const lastEventId = Number.parseInt(c.req.header('last-event-id') ?? '', 10);
  return streamSSE(c, async (stream) => {
    const head = await createEventRepository(deps.ctx.db).lastSeq();
    let after = Number.isSafeInteger(lastEventId) && lastEventId >= 0 ? lastEventId : (request.after ?? head);
    if (after > head || head - after > MAX_BACKLOG) {
      if (after !== head)
        await stream.writeSSE({ event: 'reset', id: String(head), data: JSON.stringify({ seq: head }) });
      after = head;
    }
    await stream.writeSSE({ event: 'ready', id: String(after), data: JSON.stringify({ seq: after }) });
    let end = () => {};
    const ended = new Promise<void>((done) => {
      end = done;
      stream.onAbort(done);
      // The phone may have gone while the head was read.
      if (stream.aborted) done();
    });
    const backlog = createStreamBacklog(stream, { max: maxBacklog, shows });
    const stop = deps.feed.follow(after, (events) => backlog.push(events), end);
    const heartbeat = setInterval(() => backlog.ping(), HEARTBEAT_MS);
    const sessionCheck = setInterval(() => {
      // A failed check (the database restarting) ends the stream too: the phone reconnects and resumes.
      deps.authenticator.peek(request.token).then(
        (session) => {
          const follows = (s: AuthSession) =>
            request.storeId === undefined || canSeeStore(s, request.storeId);
          if (session?.permissions.has('report.read') && follows(session)) auth = session;
          else end();
        },
        () => end(),
      );
    }, deps.limits?.sessionCheckMs ?? SESSION_CHECK_MS);
    // Returning closes the stream.
    await ended;
    stop();
    backlog.clear();
    clearInterval(heartbeat);
    clearInterval(sessionCheck);
  });
}
