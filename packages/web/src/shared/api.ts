import { createApiClient } from '@kassa/api';
import { deviceHeaders } from './device/device-headers';
import { browserStorage } from './storage';

/**
 * The one API client of the web app. Same origin: the server's HttpOnly session cookie authenticates
 * every call (the client sends `credentials: 'same-origin'`), so no session token is kept in
 * JavaScript. A paired register adds its device token and app version to every call.
 */
export const api = createApiClient({ baseUrl: '', headers: () => deviceHeaders(browserStorage) });
