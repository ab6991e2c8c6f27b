import { randomBytes } from 'node:crypto';
import { createSettingsRepository } from '@kassa/db';
import { z } from 'zod';
import type { KassaContext } from '../kassa-context';
import { createHttpPaymentGateway } from './gateway/http-payment-gateway';
import { type SandboxGateway, startSandboxGateway } from './gateway/sandbox-gateway';
import type { PaymentGateway } from './payment-gateway';

/** The settings key of the shop's QR payment gateway. */
export const QR_GATEWAY_SETTING = 'payments.qr_gateway';

/**
 * Which gateway QR payments go to: the local sandbox (demo shops, tests: no money moves), or a
 * gateway speaking Kassa's signed JSON protocol at `url` with the merchant's credentials. Absent:
 * QR payments are refused (`qr_not_configured`), never silently faked.
 */
export const QrGatewaySetting = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('sandbox') }),
  z.strictObject({
    kind: z.literal('http'),
    url: z.url({ protocol: /^https?$/ }),
    merchantId: z.string().min(1).max(64),
    key: z.string().min(16).max(256),
  }),
]);
export type QrGatewaySetting = z.infer<typeof QrGatewaySetting>;

/** The gateway of the moment, read from the settings on each use; the sandbox starts on first use. */
export interface GatewayProvider {
  gateway(): Promise<PaymentGateway | null>;
  /** Stops the sandbox if it was started. */
  close(): Promise<void>;
}

export function createGatewayProvider(ctx: KassaContext): GatewayProvider {
  let sandbox: Promise<SandboxGateway> | undefined;
  return {
    async gateway() {
      const parsed = QrGatewaySetting.safeParse(
        await createSettingsRepository(ctx.db).get(QR_GATEWAY_SETTING),
      );
      if (!parsed.success) return null;
      const setting = parsed.data;
      if (setting.kind === 'http') return createHttpPaymentGateway(setting);
      sandbox ??= startSandboxGateway({
        merchantId: 'kassa-sandbox',
        key: randomBytes(24).toString('hex'),
      });
      const started = await sandbox;
      return createHttpPaymentGateway({ url: started.url, merchantId: started.merchantId, key: started.key });
    },
    async close() {
      const started = sandbox;
      sandbox = undefined;
      if (started) await (await started).stop();
    },
  };
}
