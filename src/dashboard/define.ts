import {
  AccountDetailElement,
  AccountsPageElement,
  AuthLinkElement,
  ConnectorsPageElement,
  DashboardAppElement,
  LinkAccountElement,
  LinkSettingsElement,
  QrCodeElement,
  RenewalRequestsElement,
  SignInElement,
  WebhooksPageElement,
} from './index.js';

export * from './index.js';

const TAGS = {
  'connect-hub-dashboard': DashboardAppElement,
  'dashboard-sign-in': SignInElement,
  'dashboard-accounts-page': AccountsPageElement,
  'dashboard-account-detail': AccountDetailElement,
  'dashboard-link-account': LinkAccountElement,
  'dashboard-connectors-page': ConnectorsPageElement,
  'dashboard-webhooks-page': WebhooksPageElement,
  'dashboard-auth-link': AuthLinkElement,
  'dashboard-qr-code': QrCodeElement,
  'dashboard-renewal-requests': RenewalRequestsElement,
  'dashboard-link-settings': LinkSettingsElement,
} as const;

/** Registers the dashboard's tags; a second registration keeps the first. */
export function defineDashboard(registry: CustomElementRegistry = customElements): void {
  for (const [tag, element] of Object.entries(TAGS)) {
    if (!registry.get(tag)) registry.define(tag, element);
  }
}

defineDashboard();
