import { err, ok, type Result } from './result';

/** The wallets whose payment codes (付款码) a register can scan. */
export type QrProvider = 'wechat' | 'alipay';

/** Why a scanned code is not a payment code. */
export type PaymentCodeError = { readonly code: 'invalid_payment_code' };

/**
 * Which wallet a customer's payment code belongs to, by its published shape: WeChat Pay codes are
 * 18 digits starting 10–15, Alipay codes 16–24 digits starting 25–30. Spaces a scanner or a person
 * put in are ignored; anything else is refused before any gateway is asked.
 */
export function classifyPaymentCode(
  scanned: string,
): Result<{ readonly provider: QrProvider; readonly code: string }, PaymentCodeError> {
  const code = scanned.replace(/\s+/g, '');
  if (!/^\d+$/.test(code)) return err({ code: 'invalid_payment_code' });
  const prefix = Number(code.slice(0, 2));
  if (code.length === 18 && prefix >= 10 && prefix <= 15) return ok({ provider: 'wechat', code });
  if (code.length >= 16 && code.length <= 24 && prefix >= 25 && prefix <= 30)
    return ok({ provider: 'alipay', code });
  return err({ code: 'invalid_payment_code' });
}

/** A payment code shown or stored without what could be replayed: its first 2 and last 4 digits. */
export function maskPaymentCode(code: string): string {
  return `${code.slice(0, 2)}${'*'.repeat(Math.max(0, code.length - 6))}${code.slice(-4)}`;
}
