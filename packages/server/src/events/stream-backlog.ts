import type { KassaEvent } from '@kassa/db';
import type { SSEStreamingApi } from 'hono/streaming';

/** What one event stream has yet to write, written one at a time in seq order. */
export type StreamBacklog = {
  /**
   * Queues the events the stream shows. Past `max` waiting (a phone that cannot keep up: a slow
   * link, or one that stopped reading), everything waiting is dropped for one `reset` to the newest
   * seq, so memory stays bounded; the phone reloads its figures and follows on from there.
   */
  push(events: readonly KassaEvent[]): void;
  /** A keep-alive comment, unless something is being written anyway. */
  ping(): void;
  /** Forgets what waits (the stream ended). */
  clear(): void;
};

/**
 * A backlog in front of `stream`. Only one write is ever pending: a phone that does not read holds
 * up that one write, not an unbounded chain of them. `shows` is asked again when an event's turn
 * comes, so a store the user may no longer see stops at once, even for what already waits.
 */
export function createStreamBacklog(
  stream: Pick<SSEStreamingApi, 'write' | 'writeSSE'>,
  options: { readonly max: number; readonly shows: (event: KassaEvent) => boolean },
): StreamBacklog {
  let waiting: KassaEvent[] = [];
  let next = 0;
  let resetTo: number | null = null;
  let pingDue = false;
  let writing = false;

  function forget(): void {
    waiting = [];
    next = 0;
  }

  async function drain(): Promise<void> {
    if (writing) return;
    writing = true;
    try {
      for (;;) {
        if (resetTo !== null) {
          const seq = resetTo;
          resetTo = null;
          await stream.writeSSE({ event: 'reset', id: String(seq), data: JSON.stringify({ seq }) });
          continue;
        }
        const event = waiting[next];
        if (event !== undefined) {
          next += 1;
          if (options.shows(event)) await stream.writeSSE(toMessage(event));
          continue;
        }
        forget();
        if (!pingDue) break;
        pingDue = false;
        await stream.write(': ping\n\n');
      }
    } finally {
      writing = false;
    }
  }

  return {
    push(events) {
      for (const event of events) if (options.shows(event)) waiting.push(event);
      const newest = events[events.length - 1];
      if (waiting.length - next > options.max && newest !== undefined) {
        resetTo = newest.seq;
        forget();
      }
      void drain();
    },
    ping() {
      pingDue = true;
      void drain();
    },
    clear() {
      forget();
      resetTo = null;
    },
  };
}

function toMessage(event: KassaEvent) {
  return {
    event: event.type,
    id: String(event.seq),
    data: JSON.stringify({
      seq: event.seq,
      storeId: event.storeId,
      refId: event.refId,
      at: event.createdAt,
      payload: event.payload,
    }),
  };
}
