import { createApiClient } from '@kassa/api';

/**
 * The one API client of the web app. Same origin: the server's HttpOnly session cookie authenticates
 * every call (the client sends `credentials: 'same-origin'`), so no token is kept in JavaScript.
 */
export const api = createApiClient({ baseUrl: '' });
