import type { CreateSaleBody, Sale } from '@kassa/api';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../shared/api';
import { useToast } from '../../shared/components/use-toast';
import { errorCode, errorMessage } from '../../shared/errors/error-message';
import { browserStorage } from '../../shared/storage';
import { createPendingSales } from './pending-sales';
import { classifySaleFailure } from './sale-failure';

/** How posting a finished sale ended. */
export type SubmitResult =
  | { readonly status: 'recorded'; readonly sale: Sale }
  /** Kept in the outbox; posted again in the background with the same id. */
  | { readonly status: 'queued'; readonly error: string }
  /** The server refused it (4xx): nothing was recorded, the cart stays for the cashier to fix. */
  | { readonly status: 'rejected'; readonly error: unknown };

const outbox = createPendingSales(browserStorage);
// Ids being posted right now, by the checkout or the background retry, so one never races the other.
const inFlight = new Set<string>();
const RETRY_TICK_MS = 1000;

/**
 * The register's outbox of finished sales: `submit` saves a sale durably, then posts it; failures
 * that may be temporary stay queued and are retried with backoff, on reconnect and on the next load.
 */
export function useOutbox() {
  const { t } = useTranslation();
  const toast = useToast();
  const [pending, setPending] = useState(() => outbox.list().length);
  const flushing = useRef(false);
  const refresh = useCallback(() => setPending(outbox.list().length), []);

  const post = useCallback(async (body: CreateSaleBody): Promise<SubmitResult> => {
    inFlight.add(body.id);
    try {
      const sale = await api.call('createSale', { body });
      outbox.remove(body.id);
      return { status: 'recorded', sale };
    } catch (error) {
      if (classifySaleFailure(error) === 'retry') {
        outbox.recordFailure(body.id, Date.now(), errorCode(error));
        return { status: 'queued', error: errorCode(error) };
      }
      return { status: 'rejected', error };
    } finally {
      inFlight.delete(body.id);
    }
  }, []);

  const flush = useCallback(async () => {
    if (flushing.current) return;
    flushing.current = true;
    try {
      for (const entry of outbox.due(Date.now())) {
        if (inFlight.has(entry.body.id)) continue;
        const result = await post(entry.body);
        if (result.status === 'rejected') {
          outbox.reject(entry.body.id, Date.now(), errorCode(result.error));
          toast(t('outbox.rejected', { message: errorMessage(t, result.error) }), 'error');
        } else if (result.status === 'queued') {
          break; // still offline: do not hammer the server with the rest of the queue
        }
      }
    } finally {
      flushing.current = false;
      refresh();
    }
  }, [post, refresh, t, toast]);

  useEffect(() => {
    void flush();
    const timer = setInterval(() => {
      if (outbox.list().length > 0) void flush();
    }, RETRY_TICK_MS);
    const onOnline = () => void flush();
    window.addEventListener('online', onOnline);
    window.addEventListener('storage', refresh);
    return () => {
      clearInterval(timer);
      window.removeEventListener('online', onOnline);
      window.removeEventListener('storage', refresh);
    };
  }, [flush, refresh]);

  const submit = useCallback(
    async (body: CreateSaleBody): Promise<SubmitResult> => {
      // Durable first: from here on the sale survives a crash, a reload or an outage.
      outbox.add(body, Date.now());
      refresh();
      const result = await post(body);
      if (result.status === 'rejected') outbox.remove(body.id);
      refresh();
      return result;
    },
    [post, refresh],
  );

  return { pending, submit };
}
