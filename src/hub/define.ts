import { inBrowser } from './environment.js';
import { ConnectHubElement, ConnectorFormElement, ConnectorListElement, StatusViewElement } from './index.js';

export * from './index.js';

const TAGS = {
  'connect-hub': ConnectHubElement,
  'connect-hub-connector-list': ConnectorListElement,
  'connect-hub-connector-form': ConnectorFormElement,
  'connect-hub-status': StatusViewElement,
} as const;

/**
 * Registers the hub's tags; a page that loads us twice keeps the first registration. Outside a browser (SSR
 * under Node, where Lit's DOM shim gives a stand-in `customElements`) it defines nothing unless handed a registry.
 */
export function defineConnectHub(registry: CustomElementRegistry | undefined = inBrowser() ? customElements : undefined): void {
  if (!registry) return;
  for (const [tag, element] of Object.entries(TAGS)) {
    if (!registry.get(tag)) registry.define(tag, element);
  }
}

defineConnectHub();
