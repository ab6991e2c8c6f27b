import { readQrGatewayView, writeQrGatewaySetting } from '../payments/qr-gateway-setting';
import { cancelQrPayment, createQrPayment, readQrPayment } from '../payments/qr-payments';
import type { AppServices } from './app-services';
import type { RouteHandlers } from './route-handlers';

type QrPaymentRoutes = Pick<
  RouteHandlers,
  'createQrPayment' | 'getQrPayment' | 'cancelQrPayment' | 'qrGateway' | 'setQrGateway'
>;

/** Taking, following and cancelling QR payments (扫码付), and where they go. */
export function qrPaymentRoutes({ ctx, qrPayments }: AppServices): QrPaymentRoutes {
  return {
    createQrPayment: async ({ auth, body, replayed }) => {
      const created = await createQrPayment(ctx, qrPayments, auth, body);
      if (created.duplicate) replayed();
      return created.payment;
    },
    getQrPayment: ({ auth, params }) => readQrPayment(ctx, auth, params.id),
    cancelQrPayment: ({ auth, params }) => cancelQrPayment(ctx, qrPayments, auth, params.id),
    qrGateway: () => readQrGatewayView(ctx),
    setQrGateway: ({ auth, body }) => writeQrGatewaySetting(ctx, auth.staffId, body),
  };
}
