import { ConnectHubElement, ConnectorFormElement, ConnectorListElement, StatusViewElement } from './index.js';

export * from './index.js';

const TAGS = {
  'connect-hub': ConnectHubElement,
  'connect-hub-connector-list': ConnectorListElement,
  'connect-hub-connector-form': ConnectorFormElement,
  'connect-hub-status': StatusViewElement,
} as const;

/** Registers the hub's tags; a page that loads us twice keeps the first registration. */
export function defineConnectHub(registry: CustomElementRegistry = customElements): void {
  for (const [tag, element] of Object.entries(TAGS)) {
    if (!registry.get(tag)) registry.define(tag, element);
  }
}

defineConnectHub();
