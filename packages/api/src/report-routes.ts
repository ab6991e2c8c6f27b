import { defineRoute } from './route';
import { Alert, AlertList, AlertParams, AlertQuery, ReadAlertsAnswer, ReadAlertsBody } from './schemas/alert';
import { Insights, InsightsQuery } from './schemas/insights';
import {
  EventStreamQuery,
  SalesReport,
  SalesReportQuery,
  ShiftsReport,
  ShiftsReportQuery,
  SlowMovers,
  SlowMoversQuery,
  TodayQuery,
  TodaySummary,
} from './schemas/report';

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
  slowMovers: defineRoute({
    method: 'GET',
    path: '/api/v1/reports/slow-movers',
    summary:
      'Active products that sold least over a range of business dates (none first), with their stock on hand and its value at cost',
    tag: 'reports',
    access: 'report.read',
    query: SlowMoversQuery,
    response: SlowMovers,
    errors: ['store_not_found', 'mixed_currencies'],
  }),
  shiftsReport: defineRoute({
    method: 'GET',
    path: '/api/v1/reports/shifts',
    summary:
      'Shifts opened over a range of business dates with their close reports (tenders, expected and counted cash, variance), for payment reconciliation',
    tag: 'reports',
    access: 'report.read',
    query: ShiftsReportQuery,
    response: ShiftsReport,
    errors: ['store_not_found', 'mixed_currencies'],
  }),
  insights: defineRoute({
    method: 'GET',
    path: '/api/v1/reports/insights',
    summary:
      "A day's smart insights (what sold unusually much or little against the same weekday of the 8 weeks before) and a 14-day sales forecast with its back-test error, for the stores and their best sellers",
    tag: 'reports',
    access: 'report.read',
    query: InsightsQuery,
    response: Insights,
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
