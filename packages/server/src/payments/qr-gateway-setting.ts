import { randomBytes } from 'node:crypto';
import { QrGatewaySetting, type QrGatewayView } from '@kassa/api';
import { createQrPaymentRepository, createSettingsRepository } from '@kassa/db';
import { recordAudit } from '../audit';
import { HttpError } from '../http/http-error';
import { type KassaContext, transact } from '../kassa-context';
import { createHttpPaymentGateway } from './gateway/http-payment-gateway';
import { type SandboxGateway, startSandboxGateway } from './gateway/sandbox-gateway';
import type { PaymentGateway } from './payment-gateway';

/** The settings key of the shop's QR payment gateway. */
export const QR_GATEWAY_SETTING = 'payments.qr_gateway';

/** Where QR payments go now (see `QrGatewaySetting` in the API), and the sandbox's lifetime. */
export interface GatewayProvider {
  gateway(): Promise<PaymentGateway | null>;
  /** Stops the sandbox if it was started. */
  close(): Promise<void>;
}

/** The shop's gateway setting; `none` when never set (or unreadable). */
async function readQrGatewaySetting(ctx: KassaContext): Promise<QrGatewaySetting> {
  const parsed = QrGatewaySetting.safeParse(await createSettingsRepository(ctx.db).get(QR_GATEWAY_SETTING));
  return parsed.success ? parsed.data : { kind: 'none' };
}

/** The stored setting as the API shows it: never the signing key. */
export async function readQrGatewayView(ctx: KassaContext): Promise<QrGatewayView> {
  const setting = await readQrGatewaySetting(ctx);
  return setting.kind === 'http'
    ? { kind: 'http', url: setting.url, merchantId: setting.merchantId, keySet: true }
    : { kind: setting.kind, url: null, merchantId: null, keySet: false };
}

/**
 * Stores where QR payments go, audited (without the key); answers it as the API shows it. Refused
 * while a payment is still with the gateway: its queries and reverse must reach the gateway that
 * took it (409 `qr_payments_unsettled`).
 */
export async function writeQrGatewaySetting(
  ctx: KassaContext,
  staffId: string,
  setting: QrGatewaySetting,
): Promise<QrGatewayView> {
  const unsettled = await createQrPaymentRepository(ctx.db).listUnsettled();
  if (unsettled.length > 0) throw new HttpError('qr_payments_unsettled', { count: unsettled.length });
  await transact(ctx, async (tx) => {
    await createSettingsRepository(tx.db).set(QR_GATEWAY_SETTING, setting);
    await recordAudit(tx, {
      staffId,
      action: 'settings.qr_gateway',
      detail:
        setting.kind === 'http'
          ? { kind: 'http', url: setting.url, merchantId: setting.merchantId }
          : setting,
    });
  });
  return readQrGatewayView(ctx);
}

/** The gateway of the moment, read from the settings on each use; the sandbox starts on first use. */
export function createGatewayProvider(ctx: KassaContext): GatewayProvider {
  let sandbox: Promise<SandboxGateway> | undefined;
  return {
    async gateway() {
      const setting = await readQrGatewaySetting(ctx);
      if (setting.kind === 'none') return null;
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
