import type { Unit } from '@kassa/core';
import type { TFunction } from 'i18next';
import type { Format } from '../../shared/format/format';
import type { Suggestion } from './reorder-groups';

/** A quantity in words with its unit: '24 件', '2.150 kg'. */
export function quantityText(t: TFunction, format: Format, quantity: number, unit: Unit): string {
  return t(`reorder.qty.${unit}`, { quantity: format.quantity(quantity, unit) });
}

/**
 * Why a product is suggested, in words: its position (on hand plus on order) reached the reorder
 * point, or — without one — the forecast over the lead time and the cover days exceeds it. The
 * rounding to the supplier's packs is said when packs are bigger than one unit.
 */
export function reorderReason(t: TFunction, format: Format, item: Suggestion, coverDays: number): string {
  const q = (quantity: number) => quantityText(t, format, quantity, item.unit);
  const lead = item.leadTimeDays ?? 0;
  // As the server counts: nothing arrives the day it is ordered.
  const days = Math.max(1, lead) + coverDays;
  const position = q(item.onHand + item.onOrder);
  const demand = q(item.forecastDemand);
  let why: string;
  if (item.basis === 'forecast') {
    why = t('reorder.why.forecast', { days, lead: Math.max(1, lead), cover: coverDays, demand, position });
  } else if (item.reorderQuantity === null) {
    why = t('reorder.why.pointNoQuantity', { position, point: q(item.reorderPoint ?? 0), days, demand });
  } else {
    why = t('reorder.why.point', {
      position,
      point: q(item.reorderPoint ?? 0),
      quantity: q(item.reorderQuantity),
    });
  }
  return item.packSize === 1000 ? why : `${why}${t('reorder.why.packs', { size: q(item.packSize) })}`;
}
