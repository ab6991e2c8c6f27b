/** A session lives this long after its last use (sliding expiry). */
export const SESSION_TTL_MS = 12 * 60 * 60 * 1000;

/** Activity is written back (and the expiry slid) at most this often per session. */
export const SESSION_TOUCH_INTERVAL_MS = 60 * 1000;

/** A resolved session is trusted from memory this long before the database is asked again. */
export const SESSION_CACHE_MS = 5 * 1000;

/** Failed logins in a row that lock an account. */
export const MAX_FAILED_LOGINS = 5;

/** How long a locked account stays locked. */
export const LOCKOUT_MS = 5 * 60 * 1000;

/**
 * Wrong PINs on one device (any user names) within {@link DEVICE_PIN_WINDOW_MS} after which that
 * device refuses PIN sign-in for a while (429): someone trying PINs of several colleagues at an
 * unattended till is stopped too, not only each account.
 */
export const MAX_DEVICE_PIN_FAILURES = 10;
export const DEVICE_PIN_WINDOW_MS = 5 * 60 * 1000;

/** The name of the session cookie the web app relies on. */
export const SESSION_COOKIE = 'kassa_session';
