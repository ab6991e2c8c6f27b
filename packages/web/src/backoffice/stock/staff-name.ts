import type { Me } from '@kassa/api';
import type { TFunction } from 'i18next';

/**
 * Who did a step of a stock document, in words. The documents carry staff ids only, and there is no
 * staff list to look names up in: the signed-in user is named, anyone else is told apart by the end
 * of their id.
 */
export function staffName(t: TFunction, me: Me, staffId: string): string {
  return staffId === me.id
    ? t('stock.staff.me', { name: me.displayName })
    : t('stock.staff.other', { id: staffId.slice(-4) });
}
