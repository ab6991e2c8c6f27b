import { defineRoute } from './route';
import { AlertSettings, AlertSettingsBody } from './schemas/alert';
import { StoreParams } from './schemas/store';

/** A store's alert settings (提醒设置): which alerts it raises and at what thresholds. */
export const alertSettingsRoutes = {
  getAlertSettings: defineRoute({
    method: 'GET',
    path: '/api/v1/stores/{storeId}/alert-settings',
    summary:
      "A store's alert settings: which kinds are on, the offline hours, the cash variance and the unusual-activity thresholds",
    tag: 'stores',
    access: 'alert.manage',
    params: StoreParams,
    response: AlertSettings,
    errors: ['store_not_found'],
  }),
  updateAlertSettings: defineRoute({
    method: 'PUT',
    path: '/api/v1/stores/{storeId}/alert-settings',
    summary:
      "Replace a store's alert settings (audited); those of the alerts that watch the staff (cash variance, unusual refunds, voids, no-sales) only by the owner",
    tag: 'stores',
    access: 'alert.manage',
    params: StoreParams,
    body: AlertSettingsBody,
    response: AlertSettings,
    errors: ['store_not_found', 'forbidden'],
  }),
};
