import { defineConnectHub } from '../hub/define.js';
import { inBrowser } from '../hub/environment.js';
import { ConnectHubDialogElement, ConnectLinkButtonElement } from './index.js';

export * from './index.js';

const TAGS = {
  'connect-hub-dialog': ConnectHubDialogElement,
  'connect-link-button': ConnectLinkButtonElement,
} as const;

/** Registers the launcher's tags and the hub's; a page that loads us twice keeps the first registration (none outside a browser). */
export function defineConnectLink(registry: CustomElementRegistry | undefined = inBrowser() ? customElements : undefined): void {
  if (!registry) return;
  defineConnectHub(registry);
  for (const [tag, element] of Object.entries(TAGS)) {
    if (!registry.get(tag)) registry.define(tag, element);
  }
}

defineConnectLink();
