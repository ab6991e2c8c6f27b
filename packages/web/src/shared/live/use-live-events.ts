import { useEffect, useRef, useState } from 'react';

/** One event of the server's log as `GET /api/v1/events` streams it. */
export type LiveEvent = {
  readonly type: string;
  readonly seq: number;
  readonly storeId: string | null;
  readonly refId: string | null;
  readonly at: number;
  readonly payload: Readonly<Record<string, unknown>>;
};

/** 'live' while the stream is open, 'connecting' while the browser (re)connects. */
export type LiveStatus = 'connecting' | 'live';

/** The event types the owner's screens react to; others arrive but are not listened for. */
export const LIVE_EVENT_TYPES = [
  'sale.completed',
  'refund.completed',
  'return.completed',
  'ticket.voided',
  'shift.opened',
  'shift.closed',
  'z_report.taken',
  'alert.raised',
] as const;

/** A refused stream (signed out, no access) is retried this much later; a dropped one by the browser. */
const REOPEN_MS = 5_000;

/**
 * Follows the server's live events of one store (or every store the user may see). A dropped
 * connection is reopened (by the browser, or here when the network comes back) and resumes after
 * the last event seen, so nothing is missed while the phone was offline. `onEvent` gets each event
 * of {@link LIVE_EVENT_TYPES}; `onSync` is called whenever the stream (re)starts (`ready`) or the
 * server says the client fell too far behind (`reset`): the screen then reloads its figures.
 */
export function useLiveEvents(
  storeId: string | null,
  onEvent: (event: LiveEvent) => void,
  onSync: () => void,
): LiveStatus {
  const [status, setStatus] = useState<LiveStatus>('connecting');
  const handlers = useRef({ onEvent, onSync });
  handlers.current = { onEvent, onSync };

  useEffect(() => {
    let source: EventSource | null = null;
    let reopen: ReturnType<typeof setTimeout> | undefined;
    // The last event seen, so a stream opened anew resumes after it (the browser's own reconnects
    // send it as Last-Event-ID; a new EventSource cannot, so it goes as `after`).
    let lastSeq: number | null = null;
    const close = () => {
      clearTimeout(reopen);
      source?.close();
      source = null;
      setStatus('connecting');
    };
    const open = () => {
      close();
      const query = new URLSearchParams();
      if (storeId !== null) query.set('storeId', storeId);
      if (lastSeq !== null) query.set('after', String(lastSeq));
      // Not `query.size`: Safari before 17 has none.
      const search = query.toString();
      const stream = new EventSource(`/api/v1/events${search ? `?${search}` : ''}`);
      source = stream;
      const seen = (message: MessageEvent<string>) => {
        const seq = Number.parseInt(message.lastEventId, 10);
        if (Number.isSafeInteger(seq)) lastSeq = seq;
      };
      const sync = (message: Event) => {
        seen(message as MessageEvent<string>);
        setStatus('live');
        handlers.current.onSync();
      };
      stream.addEventListener('ready', sync);
      stream.addEventListener('reset', sync);
      for (const type of LIVE_EVENT_TYPES) {
        stream.addEventListener(type, (event) => {
          const message = event as MessageEvent<string>;
          seen(message);
          const data = JSON.parse(message.data) as Omit<LiveEvent, 'type'>;
          handlers.current.onEvent({ ...data, type });
        });
      }
      stream.onerror = () => {
        setStatus('connecting');
        // CONNECTING: the browser retries by itself. CLOSED: the server refused the stream (an
        // expired session answers 401); try again a little later, the session may be back.
        if (stream.readyState === EventSource.CLOSED) reopen = setTimeout(open, REOPEN_MS);
      };
    };
    // A phone that loses its network may keep a dead connection open for minutes: drop it at once
    // and open a new one when the network is back.
    window.addEventListener('offline', close);
    window.addEventListener('online', open);
    open();
    return () => {
      window.removeEventListener('offline', close);
      window.removeEventListener('online', open);
      close();
    };
  }, [storeId]);

  return status;
}
