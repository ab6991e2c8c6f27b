import { useState } from 'react';
import { newId } from '../../shared/new-id';

/** The booking of one stock document (adjustment, receipt, transfer) and what went wrong with it. */
export type DocumentSubmit = {
  /** The id the next booking goes with; made here, renewed only once a booking has gone through. */
  readonly requestId: string;
  readonly busy: boolean;
  /** Why the form cannot go on: a problem in words, or a failure to put in words; null while none. */
  readonly failure: unknown;
  /** Shows a problem (or clears it with null); stable, so it can go to effects as a callback. */
  readonly fail: (failure: unknown) => void;
  /**
   * Sends the document with the form's request id and, once it is booked, runs `booked` while the
   * form is still busy. Rejects with the failure, which the caller shows.
   */
  readonly book: <T>(
    send: (requestId: string) => Promise<T>,
    booked: (result: T) => void | Promise<void>,
  ) => Promise<void>;
  /** `book`, the problem shown in the form; nothing while a booking is under way. */
  readonly submit: <T>(
    send: (requestId: string) => Promise<T>,
    booked: (result: T) => void | Promise<void>,
  ) => void;
};

/**
 * The submit of a stock document form. The request id is made once per form and kept after a
 * failure: a retry after a lost answer gets the first booking back instead of booking twice.
 */
export function useDocumentSubmit(): DocumentSubmit {
  const [requestId, setRequestId] = useState(newId);
  const [busy, setBusy] = useState(false);
  const [failure, fail] = useState<unknown>(null);

  async function book<T>(
    send: (requestId: string) => Promise<T>,
    booked: (result: T) => void | Promise<void>,
  ): Promise<void> {
    setBusy(true);
    try {
      const result = await send(requestId);
      fail(null);
      setRequestId(newId());
      await booked(result);
    } finally {
      setBusy(false);
    }
  }

  function submit<T>(send: (requestId: string) => Promise<T>, booked: (result: T) => void | Promise<void>) {
    if (busy) return;
    fail(null);
    book(send, booked).catch(fail);
  }

  return { requestId, busy, failure, fail, book, submit };
}
