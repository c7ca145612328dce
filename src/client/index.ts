export { ConnectApiClient, HUB_CLIENT_VERSION, type ConnectApiClientOptions } from './api-client.js';
export { ConnectApiError, SessionExpiredError, isAbortError } from './errors.js';
