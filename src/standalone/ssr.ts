/**
 * The auth-link page rendered on the server (built by vite.ssr.config.ts into `dist/ssr/auth-link.js`, which
 * routes/pages.ts loads like any other build file: the server's own code never imports the hub).
 *
 * With the session's settings and list in hand, the server sends the page already painted: the shell's
 * words in the session's language, and `<connect-hub>`'s list view as declarative shadow DOM rendered by
 * `@lit-labs/ssr` with the hub's own elements and styles. The browser shows it before any script runs; when
 * the hub's modules arrive, `takeOverServerRender` (main.ts) empties that shadow root and the element renders
 * the same view from the same data (inlined beside it) in the same task: nothing flashes, nothing is fetched.
 */
import { html } from 'lit';
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import type { ReactiveController } from 'lit';
import { ConnectHubElement, ConnectorListElement } from '../hub/index.js';
import { LoadController } from '../hub/controllers/load-controller.js';
import type { SessionData } from '../hub/connect-hub/open-session.js';
import { localeDirection, pickLocale } from '../contract/locales.js';
import type { HubSettings, IntegrationList } from '../contract/hub-responses.js';
import type { AuthLinkRender } from '../contract/auth-link-render.js';
import { listedIntegrations } from '../hub/connector-list/list-model.js';
import { loadStrings } from '../hub/strings/index.js';


/** The session the next server-rendered `<connect-hub>` opens with (set around each synchronous render). */
let opening: SessionData | undefined;

/**
 * `<connect-hub>` itself, its view already loaded: the session's load (the first `LoadController` its
 * controller adds) is marked complete with the inline data, so the element's own `render()` draws what it
 * will draw in the browser from the same data (the list, and whatever the element puts around it).
 */
class ServerRenderedHub extends ConnectHubElement {
  override addController(controller: ReactiveController): void {
    super.addController(controller);
    if (controller instanceof LoadController && opening && controller.status === 'pending' && controller.value === undefined) {
      controller.value = opening;
      controller.status = 'complete';
      opening = undefined;
    }
  }

  /** The element's own willUpdate sets a CSS property and loads a catalog: the server passes both in. */
  protected override willUpdate(): void {}
}

let registered = false;
function register(): void {
  if (registered) return;
  // A rebuild while the server runs loads this bundle again, into a process whose (shimmed, global) registry
  // still holds the first build's elements: those would render without this module's `opening` (a hub stuck on
  // "Loading…"). Refuse instead; the server then sends the page unrendered, which paints from its scripts.
  if (customElements.get('connect-hub')) throw new Error('connect-hub is registered by an earlier build: restart the server to render again');
  registered = true;
  // Lit's DOM shim (installed by @lit-labs/ssr) gives Node a `customElements` registry.
  customElements.define('connect-hub', ServerRenderedHub);
  customElements.define('connect-hub-connector-list', ConnectorListElement);
  // Node 20 has no `navigator`; the element asks it for the browser's language (we pass the locale).
  (globalThis as { navigator?: { language: string } }).navigator ??= { language: 'en' };
}

/**
 * Renders the page's words and, when the hub will open on its list (a list of two or more, no account to
 * edit), the list itself. `locale` is the one the page will pick (`?lang=`, the session's, the browser's).
 */
export async function renderAuthLink(input: { settings: HubSettings; connectors: IntegrationList; locale: string | undefined; theme: string; hideHandoff?: boolean }): Promise<AuthLinkRender> {
  register();
  const strings = await loadStrings(pickLocale(input.locale));
  const project = input.settings.project_name?.trim() ?? '';
  const integrations = listedIntegrations(input.connectors.integrations);
  // What the hub shows first: edit mode and a single connector open a form, an empty list a notice.
  const listFirst = !input.settings.existing_account_id && integrations.length > 1;
  let hub = '';
  if (listFirst) {
    // What openSession (hub/connect-hub/open-session.ts) makes of the same two answers; the client is never
    // called on the server (nothing in the list view asks the API).
    opening = { client: undefined as never, settings: input.settings, integrations, externalTriggerToken: input.connectors.external_trigger_token };
    try {
      hub = collectResultSync(
        render(
          html`<connect-hub token="server-render" theme=${input.theme} locale=${strings.lang} ?hide-handoff=${input.hideHandoff} .strings=${strings}></connect-hub>`,
        ),
      );
    } finally {
      opening = undefined;
    }
  }
  return {
    lang: strings.lang,
    dir: localeDirection(strings.lang),
    documentTitle: project ? strings.pageDocumentTitle(project) : strings.pageTitle,
    eyebrow: project ? strings.pageConnectTo : strings.pageEyebrow,
    title: project || strings.pageTitle,
    done: strings.pageDone,
    footer: strings.pageFooter,
    hub: innerOf(hub),
  };
}

/** `<connect-hub …><template …>…</template></connect-hub>` → the template: the page has its own `<connect-hub>` tag. */
function innerOf(rendered: string): string {
  const start = rendered.indexOf('<template');
  const end = rendered.lastIndexOf('</connect-hub>');
  return start < 0 || end < start ? '' : rendered.slice(start, end);
}
