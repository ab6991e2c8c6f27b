import { buildOpenApiDocument } from '@kassa/api';
import type { Schema } from '@kassa/db';
import { Hono } from 'hono';
import { requestId } from 'hono/request-id';
import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import { createAuthenticator } from './auth/authenticator';
import { DEVICE_PIN_WINDOW_MS, MAX_DEVICE_PIN_FAILURES } from './auth/session-policy';
import { createAttemptThrottle } from './devices/attempt-throttle';
import { createDevicePresence } from './devices/device-presence';
import { PAIRING_GUESS_LIMIT, PAIRING_GUESS_WINDOW_MS } from './devices/pair-device';
import { createEventFeed, type EventFeed } from './events/event-feed';
import { alertSettingsRoutes } from './http/alert-settings.routes';
import { API_DOCS_PAGE } from './http/api-docs-page';
import type { AppServices } from './http/app-services';
import { authRoutes } from './http/auth.routes';
import { limitBody } from './http/body-limit';
import { catalogRoutes } from './http/catalog.routes';
import { countRoutes } from './http/counts.routes';
import { trackDevices } from './http/device-headers';
import { deviceRoutes } from './http/devices.routes';
import { createErrorHandler } from './http/error-handler';
import { HttpError } from './http/http-error';
import { importRoutes } from './http/imports.routes';
import { journalRoutes } from './http/journal.routes';
import type { KassaEnv } from './http/kassa-env';
import { labelRoutes } from './http/labels.routes';
import { mountRoutes } from './http/mount-routes';
import { notFound } from './http/not-found';
import { purchasingRoutes } from './http/purchasing.routes';
import { qrPaymentRoutes } from './http/qr-payments.routes';
import { quickKeyRoutes } from './http/quick-keys.routes';
import { reportRoutes } from './http/reports.routes';
import type { RouteHandlers } from './http/route-handlers';
import { saleRoutes } from './http/sales.routes';
import { shiftRoutes } from './http/shifts.routes';
import { stockRoutes } from './http/stock.routes';
import { storeRoutes } from './http/stores.routes';
import { syncPullRoutes } from './http/sync-pull.routes';
import { syncPushRoutes } from './http/sync-push.routes';
import { transferRoutes } from './http/transfers.routes';
import { mountWebApp } from './http/web-app-files';
import { createQrPaymentServices } from './payments/qr-payment-services';
import type { QrPaymentServices } from './payments/qr-payments';
import { createEReceiptLinks } from './receipts/e-receipt-links';
import { E_RECEIPT_NOT_FOUND_PAGE } from './receipts/e-receipt-not-found-page';
import { cachedSaleSettingReader } from './sales/sale-setting-cache';

/** Largest request body the API reads. */
export const MAX_BODY_BYTES = 1024 * 1024;
/** Largest request of the import wizard: a 50 MB file in base64. */
export const MAX_IMPORT_BYTES = 70 * 1024 * 1024;

/** The adapters the app runs on, chosen by the caller (main.ts, tests, the bench). */
export type AppDeps = {
  readonly db: Kysely<Schema>;
  /** Epoch milliseconds now. */
  readonly clock: () => number;
  /** `n` cryptographically random bytes. */
  readonly random: (n: number) => Uint8Array;
  readonly logger: Logger;
  /** Reported by /api/health and the OpenAPI document. */
  readonly version?: string;
  /** The built web app to serve; without it only the API is served. */
  readonly webRoot?: string | undefined;
  /**
   * QR payments: the gateway and the driver following payments up. By default from the settings,
   * with real timers; the caller that starts them stops them (see main.ts).
   */
  readonly qrPayments?: QrPaymentServices;
  /** Where customers reach the server, for e-receipt links; none without it. */
  readonly publicUrl?: string | undefined;
  /** Check every JSON answer against its route's response schema (tests). */
  readonly validateResponses?: boolean;
  /** The event log's poller for live streams; its own by default (the caller that passes one closes it). */
  readonly events?: EventFeed;
};

/**
 * The Kassa HTTP app: request ids, a 1 MiB body limit, every route of the API table, the OpenAPI
 * document and its browsable page, the web app when `webRoot` is given, and one error handler.
 * Call `app.request(...)` for in-process tests or hand `app.fetch` to a server.
 */
export function createApp(deps: AppDeps): Hono<KassaEnv> {
  const version = deps.version ?? '0.0.0';
  const ctx = { db: deps.db, clock: deps.clock, random: deps.random };
  const services: AppServices = {
    ctx,
    authenticator: createAuthenticator(ctx),
    events:
      deps.events ??
      createEventFeed(ctx, { onError: (err) => deps.logger.warn({ err }, 'event feed read failed') }),
    logger: deps.logger,
    version,
    readSaleSetting: cachedSaleSettingReader(),
    qrPayments: deps.qrPayments ?? createQrPaymentServices(ctx),
    eReceipts: createEReceiptLinks(ctx),
    publicUrl: deps.publicUrl,
    devicePresence: createDevicePresence(ctx),
    pairingGuesses: createAttemptThrottle({
      limit: PAIRING_GUESS_LIMIT,
      windowMs: PAIRING_GUESS_WINDOW_MS,
      clock: deps.clock,
    }),
    wrongPins: createAttemptThrottle({
      limit: MAX_DEVICE_PIN_FAILURES,
      windowMs: DEVICE_PIN_WINDOW_MS,
      clock: deps.clock,
    }),
  };
  const handlers: RouteHandlers = {
    ...authRoutes(services),
    ...storeRoutes(services),
    ...catalogRoutes(services),
    ...saleRoutes(services),
    ...shiftRoutes(services),
    ...qrPaymentRoutes(services),
    ...quickKeyRoutes(services),
    ...syncPushRoutes(services),
    ...journalRoutes(services),
    ...syncPullRoutes(services),
    ...deviceRoutes(services),
    ...reportRoutes(services),
    ...alertSettingsRoutes(services),
    ...stockRoutes(services),
    ...purchasingRoutes(services),
    ...transferRoutes(services),
    ...countRoutes(services),
    ...labelRoutes(services),
    ...importRoutes(services),
  };

  const app = new Hono<KassaEnv>();
  app.use(requestId());
  app.use('/api/*', async (c, next) => {
    const started = performance.now();
    await next();
    deps.logger.debug(
      {
        requestId: c.get('requestId'),
        method: c.req.method,
        path: c.req.path,
        status: c.res.status,
        ms: performance.now() - started,
      },
      'request',
    );
  });
  const tooLarge = () => {
    throw new HttpError('body_too_large');
  };
  const defaultLimit = limitBody(MAX_BODY_BYTES, tooLarge);
  const importLimit = limitBody(MAX_IMPORT_BYTES, tooLarge);
  // An import file travels as base64 in its request: up to the 50 MB an import reads, not 1 MiB.
  app.use('/api/*', (c, next) =>
    (/^\/api\/v1\/(imports\/(preview|sales-history)|stores\/[^/]+\/imports)$/.test(c.req.path)
      ? importLimit
      : defaultLimit)(c, next),
  );
  app.use('/api/*', trackDevices(services.devicePresence, deps.logger));
  mountRoutes(app, handlers, {
    authenticator: services.authenticator,
    validateResponses: deps.validateResponses ?? false,
  });

  let openApi: string | undefined;
  app.get('/api/openapi.json', (c) => {
    // Built on first request, not at startup: cold start stays fast.
    openApi ??= JSON.stringify(buildOpenApiDocument(version));
    return c.body(openApi, 200, { 'content-type': 'application/json; charset=utf-8' });
  });
  app.get('/api/docs', (c) => c.html(API_DOCS_PAGE));
  // The short e-receipt link printed as a QR code on receipts: a customer's phone gets a page, not JSON.
  app.get('/r/:token', async (c) => {
    const token = c.req.param('token');
    if ((await services.eReceipts.saleIdOf(token)) === null) return c.html(E_RECEIPT_NOT_FOUND_PAGE, 404);
    return c.redirect(`/api/v1/e-receipts/${encodeURIComponent(token)}`);
  });
  if (deps.webRoot !== undefined) mountWebApp(app, deps.webRoot);

  app.notFound(notFound);
  app.onError(createErrorHandler(deps.logger));
  return app;
}
