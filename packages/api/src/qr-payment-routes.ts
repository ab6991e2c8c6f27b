import { defineRoute } from './route';
import { QrGatewaySetting, QrGatewayView } from './schemas/qr-gateway';
import { CreateQrPaymentBody, QrPaymentParams, QrPaymentView } from './schemas/qr-payment';

/** QR payments (扫码付): taken at the register through the shop's payment gateway. */
export const qrPaymentRoutes = {
  createQrPayment: defineRoute({
    method: 'POST',
    path: '/api/v1/qr-payments',
    summary:
      "Charge the customer's payment code through the gateway, idempotently on the id; poll until it is settled",
    tag: 'sales',
    access: 'sale.create',
    body: CreateQrPaymentBody,
    response: QrPaymentView,
    status: 201,
    errors: [
      'register_not_found',
      'register_mismatch',
      'shift_not_open',
      'invalid_payment_code',
      'qr_in_training',
      'qr_payment_in_progress',
      'qr_not_configured',
      'idempotency_conflict',
    ],
  }),
  getQrPayment: defineRoute({
    method: 'GET',
    path: '/api/v1/qr-payments/{id}',
    summary: 'Where a QR payment stands: paying, user paying, succeeded, failed, reversing, reversed',
    tag: 'sales',
    access: 'sale.create',
    params: QrPaymentParams,
    response: QrPaymentView,
    errors: ['qr_payment_not_found'],
  }),
  cancelQrPayment: defineRoute({
    method: 'POST',
    path: '/api/v1/qr-payments/{id}/cancel',
    summary: 'Cancel (撤销) a QR payment not used by a sale: the gateway closes it or gives the money back',
    tag: 'sales',
    access: 'sale.create',
    params: QrPaymentParams,
    response: QrPaymentView,
    errors: ['qr_payment_not_found', 'register_mismatch', 'qr_payment_used'],
  }),

  qrGateway: defineRoute({
    method: 'GET',
    path: '/api/v1/settings/qr-gateway',
    summary: "Where the shop's QR payments go (the signing key is never shown)",
    tag: 'settings',
    access: 'settings.manage',
    response: QrGatewayView,
  }),
  setQrGateway: defineRoute({
    method: 'PATCH',
    path: '/api/v1/settings/qr-gateway',
    summary: 'Set where QR payments go: none, the sandbox, or a gateway with the merchant credentials',
    tag: 'settings',
    access: 'settings.manage',
    body: QrGatewaySetting,
    response: QrGatewayView,
    errors: ['qr_payments_unsettled'],
  }),
};
