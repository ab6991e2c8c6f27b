import { createEventRepository, type KassaEvent } from '@kassa/db';
import type { KassaContext } from '../kassa-context';

/** Events read per poll: a follower far behind catches up a page per poll. */
const PAGE = 1000;

/** Followers of the event log in this process, served by one poller. */
export type EventFeed = {
  /**
   * Calls `deliver` with every event after seq `after`, in seq order, a page at a time, until the
   * returned function is called, or `closed` when the feed closes.
   */
  follow(after: number, deliver: (events: readonly KassaEvent[]) => void, closed?: () => void): () => void;
  /** Stops polling and tells every follower (the server is stopping: open streams end). */
  close(): void;
};

type Follower = {
  cursor: number;
  readonly deliver: (events: readonly KassaEvent[]) => void;
  readonly closed: () => void;
};

/**
 * One poller per process reads the event log for all its followers (phones on SSE) every
 * `pollMs` while anyone follows, one query per poll whatever their number. Polling the log, not
 * an in-process signal, is what lets several server processes on PostgreSQL stream each other's
 * events (ADR 0010); the log's seq order is commit order, so a cursor never skips an event.
 */
export function createEventFeed(
  ctx: Pick<KassaContext, 'db'>,
  options: { readonly pollMs?: number; readonly onError?: (error: unknown) => void } = {},
): EventFeed {
  const pollMs = options.pollMs ?? 250;
  const followers = new Set<Follower>();
  let timer: NodeJS.Timeout | undefined;
  let polling = false;
  let isClosed = false;

  function schedule(delay: number): void {
    if (isClosed || timer !== undefined || polling || followers.size === 0) return;
    timer = setTimeout(() => {
      timer = undefined;
      void poll();
    }, delay);
  }

  async function poll(): Promise<void> {
    polling = true;
    let full = false;
    try {
      // Only those following when the page is read get it: one who joins meanwhile may be further
      // behind than `from` and would skip the events in between.
      const batch = [...followers];
      const from = Math.min(...batch.map((follower) => follower.cursor));
      const events = await createEventRepository(ctx.db).listSince(from, PAGE);
      full = events.length === PAGE;
      for (const follower of batch) {
        if (!followers.has(follower)) continue;
        const fresh = events.filter((event) => event.seq > follower.cursor);
        if (fresh.length === 0) continue;
        follower.cursor = fresh[fresh.length - 1]?.seq ?? follower.cursor;
        follower.deliver(fresh);
      }
    } catch (error) {
      options.onError?.(error);
    } finally {
      polling = false;
      // A full page means more is waiting: read on at once.
      schedule(full ? 0 : pollMs);
    }
  }

  return {
    follow(after, deliver, closed = () => {}) {
      if (isClosed) {
        closed();
        return () => {};
      }
      const follower: Follower = { cursor: after, deliver, closed };
      followers.add(follower);
      schedule(0);
      return () => {
        followers.delete(follower);
      };
    },
    close() {
      isClosed = true;
      clearTimeout(timer);
      for (const follower of followers) follower.closed();
      followers.clear();
    },
  };
}
