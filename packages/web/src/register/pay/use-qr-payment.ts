import { ApiError, type QrPaymentView } from '@kassa/api';
import { useCallback, useEffect, useRef, useState } from 'react';
import { api } from '../../shared/api';
import { newId } from '../../shared/new-id';
import type { PendingQr } from './payment-storage';

/** How often the register asks the server where a QR payment stands. */
const POLL_MS = 1000;

/**
 * Where the register stops waiting: paid, declined, or cancelled. A reversal under way goes on at the
 * server in the background; the cashier may take another payment meanwhile.
 */
const SETTLED = new Set(['succeeded', 'failed', 'reversing', 'reversed']);

/**
 * A QR payment under way at this register: started with the customer's code, then followed up by
 * polling the server (which talks to the gateway) until it is settled. `pending` is what must
 * survive a reload; after one, the register picks the same payment up again, so it is never paid
 * twice. `onSettled` hears the payment once the register is done with it (see {@link SETTLED}).
 */
export function useQrPayment(options: {
  readonly registerId: string;
  readonly shiftId: string;
  readonly pending: PendingQr | null;
  readonly onPending: (pending: PendingQr | null) => void;
  readonly onSettled: (payment: QrPaymentView) => void;
}) {
  const { registerId, shiftId, pending, onPending, onSettled } = options;
  const [payment, setPayment] = useState<QrPaymentView | null>(null);
  const [error, setError] = useState<unknown>(null);
  const settledRef = useRef(onSettled);
  settledRef.current = onSettled;
  /** A create request is in flight: until it is answered, "not found" only means "not yet". */
  const creatingRef = useRef(false);

  const follow = useCallback(
    (view: QrPaymentView) => {
      setPayment(view);
      if (SETTLED.has(view.status)) {
        onPending(null);
        settledRef.current(view);
      }
    },
    [onPending],
  );

  // Poll while a payment is pending (also the one a reload left behind).
  useEffect(() => {
    if (!pending) return;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      try {
        const view = await api.call('getQrPayment', { params: { id: pending.paymentId } });
        if (stopped) return;
        setError(null);
        follow(view);
        if (SETTLED.has(view.status)) return;
      } catch (failure) {
        if (stopped) return;
        // The create never arrived (its answer was lost with the connection): nothing to follow.
        const neverArrived = failure instanceof ApiError && failure.code === 'qr_payment_not_found';
        if (neverArrived && !creatingRef.current) return onPending(null);
        // The server is unreachable for a moment: keep asking, the payment is safe there.
        setError(failure);
      }
      if (!stopped) timer = setTimeout(poll, POLL_MS);
    };
    timer = setTimeout(poll, POLL_MS);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [pending, follow, onPending]);

  const start = useCallback(
    async (amount: number, code: string) => {
      const id = newId();
      // Remembered before the request goes out: a reload mid-request finds it again.
      onPending({ paymentId: id });
      setError(null);
      creatingRef.current = true;
      try {
        follow(await api.call('createQrPayment', { body: { id, registerId, shiftId, amount, code } }));
      } catch (failure) {
        const refused = failure instanceof ApiError && !failure.retryable;
        const waiting =
          refused && failure.code === 'qr_payment_in_progress' ? failure.details.paymentId : null;
        // Another payment of this register is still under way (e.g. its note was lost): follow it.
        if (typeof waiting === 'string') onPending({ paymentId: waiting });
        // Refused before any money moved (a bad code…): nothing to follow. Unreached: keep following.
        else if (refused) onPending(null);
        setError(failure);
      } finally {
        creatingRef.current = false;
      }
    },
    [registerId, shiftId, onPending, follow],
  );

  const cancel = useCallback(
    async (paymentId: string) => {
      setError(null);
      try {
        const view = await api.call('cancelQrPayment', { params: { id: paymentId } });
        follow(view);
        return view;
      } catch (failure) {
        setError(failure);
        return null;
      }
    },
    [follow],
  );

  return { payment: pending ? payment : null, error, start, cancel };
}
