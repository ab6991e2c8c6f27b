import type { Store as ApiStore } from '@kassa/api';
import type { ScaleBarcodeTemplate } from '@kassa/core';
import type { Store } from '@kassa/db';

/** A stored store as the API shows it. */
export function toApiStore(store: Store): ApiStore {
  return {
    id: store.id,
    code: store.code,
    name: store.name,
    address: store.address,
    phone: store.phone,
    currency: store.currency,
    locale: store.locale,
    timeZone: store.timeZone,
    businessDayCutoverMinutes: store.businessDayCutoverMinutes,
    taxMode: store.taxMode,
    taxRounding: store.taxRounding,
    taxInclusiveTarget: store.taxInclusiveTarget,
    roundingMode: store.roundingMode as ApiStore['roundingMode'],
    cashRounding: { increment: store.cashRoundingIncrement, mode: store.cashRoundingMode },
    scaleBarcodeTemplates: scaleTemplatesOf(store),
    receiptFooter: store.receiptFooter,
    unreceiptedReturnTender: store.unreceiptedReturnTender,
    registerOfflineAlertHours: store.registerOfflineAlertHours,
  };
}

/** The store's scale label templates (stored as JSON, written only by Kassa). */
export function scaleTemplatesOf(store: Pick<Store, 'scaleBarcodeTemplates'>): ScaleBarcodeTemplate[] {
  const templates = store.scaleBarcodeTemplates;
  return Array.isArray(templates) ? (templates as ScaleBarcodeTemplate[]) : [];
}
