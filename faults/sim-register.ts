import { type CreateSaleBody, createApiClient, type Register } from '@kassa/api';
import { uuidV7 } from '@kassa/core';
import { fiveLineSale, type Till } from '../bench/sale-load';
import 'fake-indexeddb/auto';
import { openOutbox } from '../packages/web/src/register/outbox/outbox-store';
import {
  backoffMs,
  type DrainResult,
  drainOutbox,
  syncPushOver,
} from '../packages/web/src/register/outbox/push-outbox';
import type { ShopSession } from './shop-session';

/** How a register's sync went: every drain it tried, and the failed ones. */
export type SyncLog = { readonly drains: number; readonly failed: readonly DrainResult[] };

export type SimRegister = {
  readonly register: Register;
  /** Every sale this register has rung up, as queued (with its receipt number), in order. */
  readonly sold: readonly CreateSaleBody[];
  /** Rings up `count` sales offline, their times spread evenly from `from` over `spanMs`. */
  sell(count: number, from: number, spanMs: number): Promise<void>;
  /** What its outbox holds: entries waiting for an ack, and entries the server refused. */
  outbox(): Promise<{ pending: number; rejected: number }>;
  /** Drains the outbox until it is empty, retrying after each failure as the web app does. */
  sync(): Promise<SyncLog>;
  /**
   * Back in touch with the server: asks its next receipt number and sends again what it
   * acknowledged but no longer has (a restored backup), as the web app does on every load.
   */
  reconnect(): Promise<number>;
};

/** How often a sync may fail before the test gives up on it (a bug, not a slow server). */
const MAX_FAILED_DRAINS = 200;
/** How long one push may take before it counts as failed, as in the web app. */
const REQUEST_TIMEOUT_MS = 30_000;
/** The backoff between failed drains runs this many times as fast as the web app's: 1 s is 10 ms here. */
const BACKOFF_SCALE = 0.01;

/**
 * A register of the demo store driven by the web app's own protocol code (`drainOutbox`,
 * `backoffMs`) over its own outbox (the web app's IndexedDB store, on an in-memory IndexedDB), pushing to `pushUrl` (the server, or a fault proxy in
 * front of it) with a plain fetch. It opens a shift, takes the server's next receipt number as its
 * floor, and from then on numbers its sales itself, offline.
 *
 * Time: a Retry-After is waited out in full, as the web app does; the backoff between failed
 * drains is scaled down (BACKOFF_SCALE), so a scenario takes seconds, not minutes.
 */
export async function openSimRegister(
  shop: ShopSession,
  code: string,
  pushUrl: string,
  options: { readonly shiftOpenedAt?: number } = {},
): Promise<SimRegister> {
  const registers = async () =>
    (await shop.api.call('listRegisters', { params: { storeId: shop.store.id } })).items;
  const register = (await registers()).find((r) => r.code === code);
  if (!register) throw new Error(`the demo store has no register ${code}`);
  const shift = await shop.api.call('openShift', {
    body: {
      id: uuidV7(Date.now(), crypto.getRandomValues(new Uint8Array(10))),
      registerId: register.id,
      openedAt: options.shiftOpenedAt ?? Date.now(),
      openingCount: [{ denomination: 10000, count: 5 }],
    },
  });
  const till: Till = {
    url: pushUrl,
    token: shop.token,
    registerId: register.id,
    shiftId: shift.id,
    catalog: shop.catalog,
    products: [...shop.products],
  };
  // Each simulated register is its own browser: its own database.
  const outbox = await openOutbox(`kassa-register-${register.id}-${crypto.randomUUID()}`);
  await outbox.raiseReceiptFloor(register.id, false, register.nextReceiptSeq);
  const pushApi = createApiClient({
    baseUrl: pushUrl,
    token: () => shop.token,
    fetch: (input, init) => fetch(input, { ...init, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) }),
  });
  const sold: CreateSaleBody[] = [];
  let picks = 0;

  return {
    register,
    sold,
    async sell(count, from, spanMs) {
      for (let i = 0; i < count; i++) {
        const createdAt = from + Math.floor((i * spanMs) / count);
        const sale = { ...fiveLineSale(till, () => picks++ * 7919), createdAt };
        // Queued when it was rung up, as the checkout does.
        sold.push((await outbox.enqueueSale(sale, shop.staffId, createdAt)).payload);
      }
    },
    async outbox() {
      const { pending, rejected } = await outbox.status(register.id);
      return { pending, rejected };
    },
    async sync() {
      const failed: DrainResult[] = [];
      for (let drains = 1; ; drains++) {
        const result = await drainOutbox(outbox, register.id, syncPushOver(pushApi), { now: Date.now });
        if (result.status === 'drained') return { drains, failed };
        failed.push(result);
        if (failed.length >= MAX_FAILED_DRAINS) {
          throw new Error(
            `register ${code} gave up after ${failed.length} failed drains: ${String(result.error)}`,
          );
        }
        const waitMs = (result.retryAfterMs ?? 0) + backoffMs(failed.length) * BACKOFF_SCALE;
        await new Promise((resolve) => setTimeout(resolve, waitMs));
      }
    },
    async reconnect() {
      const askedAt = Date.now();
      const now = (await registers()).find((r) => r.id === register.id);
      if (!now) throw new Error(`register ${code} is gone`);
      const lost = await outbox.recoverLost(register.id, false, now.nextReceiptSeq, askedAt);
      await outbox.raiseReceiptFloor(register.id, false, now.nextReceiptSeq);
      return lost;
    },
  };
}
