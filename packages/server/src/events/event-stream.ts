import { createEventRepository, type KassaEvent } from '@kassa/db';
import type { Context } from 'hono';
import { streamSSE } from 'hono/streaming';
import { type AuthSession, canSeeStore } from '../auth/auth-session';
import type { Authenticator } from '../auth/authenticator';
import type { KassaContext } from '../kassa-context';
import type { EventFeed } from './event-feed';

/** A phone further behind than this many events starts afresh (`reset`) rather than replaying them all. */
export const MAX_BACKLOG = 10_000;
const HEARTBEAT_MS = 15_000;
const SESSION_CHECK_MS = 60_000;

export type EventStreamDeps = {
  readonly ctx: KassaContext;
  readonly feed: EventFeed;
  readonly authenticator: Authenticator;
};

/**
 * The live events of the stores the caller may see (one store when asked), as server-sent events:
 * `id` is the event's seq, so a reconnecting EventSource resumes after the last one it got
 * (`Last-Event-ID`, or `after` for clients that cannot set headers). First comes `ready` with the
 * seq it starts after; a client too far behind gets `reset` and should reload its figures. A
 * comment every 15 s keeps proxies from closing the connection; the stream ends when the session
 * does (checked every minute).
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
  const shows = (event: KassaEvent) =>
    event.storeId === null ||
    (request.storeId === undefined
      ? canSeeStore(request.auth, event.storeId)
      : event.storeId === request.storeId);
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
    let writing = Promise.resolve();
    const stop = deps.feed.follow(
      after,
      (events) => {
        writing = writing.then(async () => {
          for (const event of events) {
            if (!shows(event)) continue;
            await stream.writeSSE({
              event: event.type,
              id: String(event.seq),
              data: JSON.stringify({
                seq: event.seq,
                storeId: event.storeId,
                refId: event.refId,
                at: event.createdAt,
                payload: event.payload,
              }),
            });
          }
        });
      },
      end,
    );
    const heartbeat = setInterval(() => void stream.write(': ping\n\n'), HEARTBEAT_MS);
    const sessionCheck = setInterval(() => {
      // A failed check (the database restarting) ends the stream too: the phone reconnects and resumes.
      deps.authenticator.resolve(request.token).then(
        (session) => {
          if (session === null) end();
        },
        () => end(),
      );
    }, SESSION_CHECK_MS);
    // Returning closes the stream.
    await ended;
    stop();
    clearInterval(heartbeat);
    clearInterval(sessionCheck);
  });
}
