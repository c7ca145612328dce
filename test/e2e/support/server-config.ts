/** The real connect server the Playwright `webServer` starts for the e2e run (see playwright.config.ts). */
export const E2E_SERVER_PORT = Number(process.env.CONNECT_HUB_E2E_PORT ?? 47_311);
export const E2E_SERVER_URL = `http://127.0.0.1:${E2E_SERVER_PORT}`;
export const E2E_API_KEY = 'chk_e2e_test_key_0123456789abcdefghijklmnop';
/** The host app's fixed port, so the project's allowed origins can name it before the server starts. */
export const E2E_HOST_PORT = Number(process.env.CONNECT_HUB_E2E_HOST_PORT ?? 47_312);
export const E2E_HOST_ORIGIN = `http://127.0.0.1:${E2E_HOST_PORT}`;
/** The sandbox CRM's OAuth provider, on an origin of its own like a real provider (support/sandbox-oauth-provider.ts). */
export const E2E_PROVIDER_PORT = Number(process.env.CONNECT_HUB_E2E_PROVIDER_PORT ?? 47_313);
export const E2E_PROVIDER_URL = `http://127.0.0.1:${E2E_PROVIDER_PORT}`;
