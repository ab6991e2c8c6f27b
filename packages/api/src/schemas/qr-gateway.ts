import { z } from 'zod';

/**
 * Where the shop's QR payments go: nowhere (`none`: refused with `qr_not_configured`), the local
 * sandbox (demo shops, training staff on the flow: no money moves), or a gateway speaking Kassa's
 * signed JSON protocol at `url`, with the merchant id and signing key the acquirer issued.
 */
export const QrGatewaySetting = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('none') }),
  z.strictObject({ kind: z.literal('sandbox') }),
  z.strictObject({
    kind: z.literal('http'),
    url: z.url({ protocol: /^https?$/ }),
    merchantId: z.string().min(1).max(64),
    /** Write-only: never answered back. */
    key: z.string().min(16).max(256),
  }),
]);

/** The gateway setting as the API shows it: the signing key only as whether one is set. */
export const QrGatewayView = z
  .object({
    kind: z.enum(['none', 'sandbox', 'http']),
    url: z.string().nullable(),
    merchantId: z.string().nullable(),
    keySet: z.boolean(),
  })
  .meta({ id: 'QrGateway' });

export type QrGatewaySetting = z.infer<typeof QrGatewaySetting>;
export type QrGatewayView = z.infer<typeof QrGatewayView>;
