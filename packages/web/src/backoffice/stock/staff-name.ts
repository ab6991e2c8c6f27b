import type { Me } from '@kassa/api';
import type { TFunction } from 'i18next';

/**
 * Who did a step of a stock document, in words: the signed-in user as such, anyone else by the name
 * the document gives (or, for staff no longer kept, by the end of their id).
 */
export function staffName(
  t: TFunction,
  me: Me,
  staffId: string,
  names: Readonly<Record<string, string>> = {},
): string {
  if (staffId === me.id) return t('stock.staff.me', { name: me.displayName });
  return names[staffId] ?? t('stock.staff.other', { id: staffId.slice(-4) });
}
