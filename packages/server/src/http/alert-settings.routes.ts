import { changeAlertSettings, readAlertSettings } from '../alerts/alert-settings';
import type { AppServices } from './app-services';
import type { RouteHandlers } from './route-handlers';

type AlertSettingsRoutes = Pick<RouteHandlers, 'getAlertSettings' | 'updateAlertSettings'>;

/** A store's alert settings (提醒设置), for owners and managers. */
export function alertSettingsRoutes({ ctx }: AppServices): AlertSettingsRoutes {
  return {
    getAlertSettings: ({ auth, params }) => readAlertSettings(ctx, auth, params.storeId),
    updateAlertSettings: ({ auth, params, body }) => changeAlertSettings(ctx, auth, params.storeId, body),
  };
}
