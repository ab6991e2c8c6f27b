import { createHmac, timingSafeEqual } from 'node:crypto';
import { createSettingsRepository } from '@kassa/db';
import type { KassaContext } from '../kassa-context';

/** The settings key of the secret that signs e-receipt links (made once, shared by every server process). */
const KEY_SETTING = 'e_receipt.key';
/** 16 bytes of HMAC-SHA256: 128 bits nobody can guess, in 22 base64url characters. */
const MAC_BYTES = 16;
const TOKEN = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.([A-Za-z0-9_-]{22})$/;

/**
 * E-receipt links (电子小票): a sale's receipt page any customer can open without an account, by
 * the link on their paper receipt (a QR code). The link carries the sale's id and a MAC of it under
 * a secret kept in the settings, so no row is written per sale and a link cannot be made up or
 * changed to reach another sale.
 */
export type EReceiptLinks = {
  /** `<sale id>.<mac>`: the part of the link after `/r/`. */
  token(saleId: string): Promise<string>;
  /** The sale a token was made for, or null for a token Kassa did not make. */
  saleIdOf(token: string): Promise<string | null>;
};

/** E-receipt links signed with this instance's secret (made on first use). */
export function createEReceiptLinks(ctx: KassaContext): EReceiptLinks {
  let key: Promise<Buffer> | undefined;
  const secret = () => {
    key ??= createSettingsRepository(ctx.db)
      .setIfAbsent(KEY_SETTING, Buffer.from(ctx.random(32)).toString('base64url'))
      .then((stored) => Buffer.from(String(stored), 'base64url'));
    // A failed read is tried again next time rather than remembered.
    key.catch(() => {
      key = undefined;
    });
    return key;
  };
  const mac = async (saleId: string) =>
    createHmac('sha256', await secret())
      .update(saleId)
      .digest()
      .subarray(0, MAC_BYTES);
  return {
    async token(saleId) {
      return `${saleId}.${(await mac(saleId)).toString('base64url')}`;
    },
    async saleIdOf(token) {
      const match = TOKEN.exec(token);
      if (!match) return null;
      const [, saleId = '', given = ''] = match;
      // Compared as text: the last character's spare bits would let other spellings decode alike.
      const expected = Buffer.from((await mac(saleId)).toString('base64url'));
      const actual = Buffer.from(given);
      return actual.length === expected.length && timingSafeEqual(actual, expected) ? saleId : null;
    },
  };
}

/**
 * The e-receipt address of `sale` at `publicUrl`; none without a public address (a link to the
 * register's own `localhost` or a shop-LAN address is one the customer's phone cannot open) and
 * none for a training sale (not a sale a customer keeps).
 */
export async function eReceiptUrl(
  links: EReceiptLinks,
  publicUrl: string | undefined,
  sale: { readonly id: string; readonly training: boolean },
): Promise<string | undefined> {
  if (publicUrl === undefined || sale.training) return undefined;
  return `${publicUrl.replace(/\/+$/, '')}/r/${await links.token(sale.id)}`;
}
