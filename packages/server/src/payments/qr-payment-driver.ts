import { type QrTiming, qrAfterAnswer, qrBeforeSending, qrDueStep } from '@kassa/core';
import { createQrPaymentRepository } from '@kassa/db';
import type { KassaContext } from '../kassa-context';
import type { PaymentGateway } from './payment-gateway';

/** Runs `run` after `delayMs`; returns a function that cancels it. */
export type Schedule = (run: () => void, delayMs: number) => () => void;

/** Drives QR payments with the gateway: queries, polls and reverses until each is settled. */
export interface QrPaymentDriver {
  /**
   * Makes the gateway calls the payment is due for now, and schedules itself for the next one
   * (a poll, a retry). Resolves when the payment is settled or waiting. Never sends a pay: that is
   * done once, by whoever created the payment (see `createQrPayment`).
   */
  advance(id: string): Promise<void>;
  /** Picks up every payment with gateway work left: what a restarted server does first. */
  resumeAll(): Promise<void>;
  /**
   * Follows up every payment with gateway work left whose time has come: what another server process
   * (PostgreSQL) left behind when it stopped, or a run a failure interrupted.
   */
  sweep(): Promise<void>;
  /** Cancels the scheduled calls (the server is stopping). */
  stop(): void;
}

/** Timers of the event loop; they do not keep a stopping process alive. */
export const realSchedule: Schedule = (run, delayMs) => {
  const timer = setTimeout(run, Math.max(0, delayMs));
  timer.unref();
  return () => clearTimeout(timer);
};

/**
 * A driver on the database of `ctx` with the shop's gateway (null while none is configured: the
 * payments wait). Every state change is saved against the version read, so a cashier's cancel or
 * another server process working on the same payment is never overwritten: the driver reloads.
 */
export function createQrPaymentDriver(
  ctx: KassaContext,
  gateway: () => Promise<PaymentGateway | null>,
  options: {
    readonly timing: QrTiming;
    readonly schedule?: Schedule;
    readonly onError?: (error: unknown) => void;
  },
): QrPaymentDriver {
  const schedule = options.schedule ?? realSchedule;
  const timers = new Map<string, () => void>();
  const running = new Map<string, Promise<void>>();
  let stopped = false;

  function later(id: string, at: number): void {
    if (stopped) return;
    timers.get(id)?.();
    timers.set(
      id,
      schedule(() => {
        timers.delete(id);
        follow(id);
      }, at - ctx.clock()),
    );
  }

  async function work(id: string, askNow: boolean): Promise<void> {
    const payments = createQrPaymentRepository(ctx.db);
    for (let first = true; ; first = false) {
      const seen = await payments.get(id);
      if (!seen) return;
      const step = qrDueStep(seen);
      if (!step) return;
      if (seen.nextAt > ctx.clock() && !(askNow && first)) return later(id, seen.nextAt);
      const client = await gateway();
      if (!client) return later(id, ctx.clock() + options.timing.maxRetryMs);
      // A pay is never sent from here: one left unsent (impossible by construction) is only asked after.
      const asked = step === 'reverse' ? 'reverse' : 'query';
      const answer = await (asked === 'reverse' ? client.reverse(id) : client.query(id));
      const next = qrAfterAnswer(qrBeforeSending(seen, asked), asked, answer, ctx.clock(), options.timing);
      // Lost to a concurrent change (a cancel): read again and carry on from there.
      await payments.saveState(seen, next, ctx.clock());
    }
  }

  function advance(id: string, askNow = false): Promise<void> {
    // One run per payment at a time; a second caller waits for the first.
    const current = running.get(id);
    if (current) return current;
    const run = work(id, askNow).finally(() => running.delete(id));
    running.set(id, run);
    return run;
  }

  /** Advances in the background; a failure (database, settings) is reported and tried again later. */
  function follow(id: string, askNow = false): void {
    advance(id, askNow).catch((error: unknown) => {
      options.onError?.(error);
      later(id, ctx.clock() + options.timing.maxRetryMs);
    });
  }

  return {
    advance,
    async resumeAll() {
      // Whatever was scheduled died with the old process: ask the gateway now.
      for (const payment of await createQrPaymentRepository(ctx.db).listUnsettled()) follow(payment.id, true);
    },
    async sweep() {
      const now = ctx.clock();
      for (const payment of await createQrPaymentRepository(ctx.db).listUnsettled()) {
        if (payment.nextAt <= now && !running.has(payment.id)) follow(payment.id);
      }
    },
    stop() {
      stopped = true;
      for (const cancel of timers.values()) cancel();
      timers.clear();
    },
  };
}
