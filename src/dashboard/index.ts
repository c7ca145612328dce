/** Side-effect-free exports: importing this module registers nothing (use `define.js` for that). */
export { DashboardAppElement, type DashboardTheme } from './dashboard-app/dashboard-app.js';
export { SignInElement } from './sign-in/sign-in.js';
export { AccountsPageElement } from './accounts-page/accounts-page.js';
export { AccountDetailElement } from './account-detail/account-detail.js';
export { LinkAccountElement } from './link-account/link-account.js';
export { ConnectorsPageElement, ConnectorsChangedEvent } from './connectors-page/connectors-page.js';
export { WebhooksPageElement } from './webhooks-page/webhooks-page.js';
export { AuthLinkElement } from './auth-link/auth-link.js';
export { QrCodeElement } from './qr-code/qr-code.js';
export { RenewalRequestsElement } from './renewal-requests/renewal-requests.js';
export { LinkSettingsElement } from './link-settings/link-settings.js';
export { AdminClient, type AdminClientOptions, type AccountPage, type AccountQuery, type DeliveryPage, type DeliveryQuery, type SessionRequest } from './admin-client.js';
export { DashboardSignedInEvent, DashboardNavigateEvent, DashboardUnauthorizedEvent } from './events.js';
