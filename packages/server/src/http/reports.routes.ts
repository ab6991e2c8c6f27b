import { eventStream } from '../events/event-stream';
import { listAlerts, readAlert, readAllAlerts } from '../reports/alerts';
import { insights } from '../reports/insights';
import { salesReport } from '../reports/sales-report';
import { shiftsReport } from '../reports/shifts-report';
import { slowMovers } from '../reports/slow-movers';
import { todaySummary } from '../reports/today-summary';
import { visibleStore } from '../stores/visible-store';
import type { AppServices } from './app-services';
import { requestToken } from './request-token';
import type { RouteHandlers } from './route-handlers';

type ReportRoutes = Pick<
  RouteHandlers,
  | 'salesReport'
  | 'slowMovers'
  | 'shiftsReport'
  | 'insights'
  | 'todaySummary'
  | 'events'
  | 'listAlerts'
  | 'readAlert'
  | 'readAllAlerts'
>;

/** Reports and alerts (手机管理). */
export function reportRoutes({ ctx, events, authenticator }: AppServices): ReportRoutes {
  return {
    events: async ({ auth, query, c }) => {
      if (query.storeId !== undefined) await visibleStore(ctx, auth, query.storeId);
      return eventStream(
        c,
        { ctx, feed: events, authenticator },
        {
          auth,
          token: requestToken(c) ?? '',
          storeId: query.storeId,
          after: query.after,
        },
      );
    },
    salesReport: ({ auth, query }) => salesReport(ctx, auth, query),
    slowMovers: ({ auth, query }) => slowMovers(ctx, auth, query),
    shiftsReport: ({ auth, query }) => shiftsReport(ctx, auth, query),
    insights: ({ auth, query }) => insights(ctx, auth, query),
    todaySummary: ({ auth, query }) => todaySummary(ctx, auth, query.storeId),
    listAlerts: ({ auth, query }) => listAlerts(ctx, auth, query),
    readAlert: ({ auth, params }) => readAlert(ctx, auth, params.alertId),
    readAllAlerts: ({ auth, body }) => readAllAlerts(ctx, auth, body.storeId),
  };
}
