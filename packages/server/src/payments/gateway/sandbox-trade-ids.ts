import { randomInt } from 'node:crypto';
import type { QrProvider } from '@kassa/core';

/** Hands out transaction and refund ids shaped like the real wallets' (28 digits). */
export type SandboxTradeIds = {
  transactionId(provider: QrProvider): string;
  refundId(provider: QrProvider): string;
};

const CHINA_OFFSET_MS = 8 * 3600_000;

/**
 * Ids that look like the wallets': WeChat Pay's `4200…<yyyymmdd>…`, Alipay's `<yyyymmdd>…`, so a
 * receipt or a reconciliation screen shows what it will show in production. A per-sandbox random
 * part keeps ids of two sandbox runs apart; a sequence keeps them unique within one.
 */
export function createSandboxTradeIds(clock: () => number): SandboxTradeIds {
  const run = pad(randomInt(1_000_000), 6);
  let seq = 0;
  const next = (): string => {
    seq += 1;
    return pad(seq, 10);
  };
  // The wallets date their ids in China time, whatever the server's zone.
  const day = (): string =>
    new Date(clock() + CHINA_OFFSET_MS).toISOString().slice(0, 10).replaceAll('-', '');
  return {
    transactionId: (provider) =>
      provider === 'wechat' ? `4200${run}${day()}${next()}` : `${day()}2200${run}${next()}`,
    refundId: (provider) =>
      provider === 'wechat' ? `5030${run}${day()}${next()}` : `${day()}2300${run}${next()}`,
  };
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}
