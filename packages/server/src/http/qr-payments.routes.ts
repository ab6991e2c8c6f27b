import { cancelQrPayment, createQrPayment, readQrPayment } from '../payments/qr-payments';
import type { AppServices } from './app-services';
import type { RouteHandlers } from './route-handlers';

type QrPaymentRoutes = Pick<RouteHandlers, 'createQrPayment' | 'getQrPayment' | 'cancelQrPayment'>;

/** Taking, following and cancelling QR payments (扫码付). */
export function qrPaymentRoutes({ ctx, qrPayments }: AppServices): QrPaymentRoutes {
  return {
    createQrPayment: async ({ auth, body, replayed }) => {
      const created = await createQrPayment(ctx, qrPayments, auth, body);
      if (created.duplicate) replayed();
      return created.payment;
    },
    getQrPayment: ({ auth, params }) => readQrPayment(ctx, auth, params.id),
    cancelQrPayment: ({ auth, params }) => cancelQrPayment(ctx, qrPayments, auth, params.id),
  };
}
