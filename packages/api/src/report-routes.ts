import { defineRoute } from './route';
import { Alert, AlertList, AlertParams, AlertQuery, ReadAlertsAnswer, ReadAlertsBody } from './schemas/alert';
import { EventStreamQuery, SalesReport, SalesReportQuery, TodayQuery, TodaySummary } from './schemas/report';

/**
 * Reports and alerts for owners and managers (手机管理): figures come from rollups kept with each
 * sale (ADR 0009), grouped by the store's business date.
 */
export const reportRoutes = {
  salesReport: defineRoute({
    method: 'GET',
    path: '/api/v1/reports/sales',
    summary:
      'Sales over a range of business dates, grouped by day, hour, weekday × hour, product, category, staff, register, tender or tax rate, optionally against an earlier period',
    tag: 'reports',
    access: 'report.read',
    query: SalesReportQuery,
    response: SalesReport,
    errors: ['store_not_found', 'mixed_currencies'],
  }),
  todaySummary: defineRoute({
    method: 'GET',
    path: '/api/v1/reports/today',
    summary:
      'Today so far against the same weekday last week up to the same hour, by hour, with open shifts, the latest sales and unread alerts',
    tag: 'reports',
    access: 'report.read',
    query: TodayQuery,
    response: TodaySummary,
    errors: ['store_not_found', 'mixed_currencies'],
  }),
  events: defineRoute({
    method: 'GET',
    path: '/api/v1/events',
    summary:
      'Live events of the stores you may see, as server-sent events (sale.completed, refund.completed, ticket.voided, drawer.opened…); resumes after Last-Event-ID',
    tag: 'reports',
    access: 'report.read',
    query: EventStreamQuery,
    response: { raw: 'event-stream' },
    errors: ['store_not_found'],
  }),
  listAlerts: defineRoute({
    method: 'GET',
    path: '/api/v1/alerts',
    summary: 'Alerts of a store or of every store you may see, newest first, with the unread count',
    tag: 'reports',
    access: 'report.read',
    query: AlertQuery,
    response: AlertList,
    errors: ['store_not_found'],
  }),
  readAlert: defineRoute({
    method: 'POST',
    path: '/api/v1/alerts/{alertId}/read',
    summary: 'Mark an alert as read',
    tag: 'reports',
    access: 'report.read',
    params: AlertParams,
    response: Alert,
    errors: ['alert_not_found'],
  }),
  readAllAlerts: defineRoute({
    method: 'POST',
    path: '/api/v1/alerts/read',
    summary: 'Mark every unread alert of a store (or of every store you may see) as read',
    tag: 'reports',
    access: 'report.read',
    body: ReadAlertsBody,
    response: ReadAlertsAnswer,
    errors: ['store_not_found'],
  }),
};
