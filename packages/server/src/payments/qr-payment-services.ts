import { DEFAULT_QR_TIMING, type QrTiming } from '@kassa/core';
import type { KassaContext } from '../kassa-context';
import { createGatewayProvider } from './qr-gateway-setting';
import { createQrPaymentDriver, type Schedule } from './qr-payment-driver';
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
  return {
    gateways,
    driver,
    timing,
    async close() {
      driver.stop();
      await gateways.close();
    },
  };
}
