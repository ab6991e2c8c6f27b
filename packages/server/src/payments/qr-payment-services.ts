import { DEFAULT_QR_TIMING, type QrTiming } from '@kassa/core';
import type { KassaContext } from '../kassa-context';
import { createGatewayProvider } from './qr-gateway-setting';
import { createQrPaymentDriver, realSchedule, type Schedule } from './qr-payment-driver';

/** How often payments nobody follows are looked for. */
const SWEEP_MS = 30_000;

import type { QrPaymentServices } from './qr-payments';

/** The QR payment services of a running server, and how to stop them. */
export type RunningQrPayments = QrPaymentServices & { close(): Promise<void> };

/**
 * The gateway from the settings and a driver on `ctx`. Tests pass their own `schedule` (calls that
 * wait for the fake clock) and `timing`.
 */
export function createQrPaymentServices(
  ctx: KassaContext,
  options: {
    readonly timing?: QrTiming;
    readonly schedule?: Schedule;
    readonly onError?: (error: unknown) => void;
  } = {},
): RunningQrPayments {
  const timing = options.timing ?? DEFAULT_QR_TIMING;
  const gateways = createGatewayProvider(ctx);
  const driver = createQrPaymentDriver(ctx, () => gateways.gateway(), {
    timing,
    ...(options.schedule ? { schedule: options.schedule } : {}),
    ...(options.onError ? { onError: options.onError } : {}),
  });
  // Every half minute, follow up what nobody is following (another process stopped, a failure).
  let stopped = false;
  let cancelSweep = () => {};
  const schedule = options.schedule ?? realSchedule;
  const sweepLater = () => {
    cancelSweep = schedule(() => {
      if (stopped) return;
      driver
        .sweep()
        .catch((error: unknown) => options.onError?.(error))
        .finally(sweepLater);
    }, SWEEP_MS);
  };
  sweepLater();
  return {
    gateways,
    driver,
    timing,
    async close() {
      stopped = true;
      cancelSweep();
      driver.stop();
      await gateways.close();
    },
  };
}
