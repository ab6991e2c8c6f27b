import type { Logger } from 'pino';
import type { Authenticator } from '../auth/authenticator';
import type { AttemptThrottle } from '../devices/attempt-throttle';
import type { DevicePresence } from '../devices/device-presence';
import type { EventFeed } from '../events/event-feed';
import type { KassaContext } from '../kassa-context';
import type { QrPaymentServices } from '../payments/qr-payments';
import type { EReceiptLinks } from '../receipts/e-receipt-links';
import type { SaleSettingReader } from '../sales/sale-setting-cache';

/** What the route handlers share: the use-case context, the authenticator, the logger, the version and caches. */
export type AppServices = {
  readonly ctx: KassaContext;
  readonly authenticator: Authenticator;
  /** Streams the event log to live followers (SSE). */
  readonly events: EventFeed;
  readonly logger: Logger;
  readonly version: string;
  /** How a sale reads its register and store (cached briefly in the app). */
  readonly readSaleSetting: SaleSettingReader;
  /** The shop's QR payment gateway and the driver that follows payments up. */
  readonly qrPayments: QrPaymentServices;
  /** Signs and reads the links of e-receipts (电子小票). */
  readonly eReceipts: EReceiptLinks;
  /** `KASSA_PUBLIC_URL`: where customers reach the server, if set. */
  readonly publicUrl: string | undefined;
  /** Notes the requests of paired devices (last seen, app version). */
  readonly devicePresence: DevicePresence;
  /** Wrong pairing codes, counted for the whole server (guessing one is throttled). */
  readonly pairingGuesses: AttemptThrottle;
  /** Wrong PINs per device (PIN sign-in lockout per device). */
  readonly wrongPins: AttemptThrottle;
};
