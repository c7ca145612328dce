import type { Integration } from '../../contract/hub-responses.js';
import type { HubOAuth, OAuthHubHooks, OAuthSession } from '../oauth-wait/hub-oauth.js';
import { openPopup } from '../oauth-wait/popup.js';
import type { SessionData } from './open-session.js';

/** Where a full-page OAuth redirect is the better choice (phones, in-app webviews). */
const NARROW_SCREEN = '(max-width: 640px)';

export type OAuthMode = 'auto' | 'popup' | 'redirect';

export const oauthSession = (session: SessionData): OAuthSession => ({
  client: session.client,
  allowedOrigins: session.settings?.allowed_origins ?? [],
  integrations: session.integrations,
});

/** `redirect`, or `auto` on a narrow screen: this tab goes to the provider instead of a popup. */
export function prefersRedirect(mode: OAuthMode): boolean {
  return mode === 'redirect' || (mode === 'auto' && typeof matchMedia === 'function' && matchMedia(NARROW_SCREEN).matches);
}

/** The OAuth half of the hub, imported when an OAuth connector opens (it stays out of the first bundle). */
export class LazyOAuth {
  value: HubOAuth | undefined;
  #loading: Promise<HubOAuth> | undefined;

  constructor(private readonly hooks: OAuthHubHooks) {}

  load(): Promise<HubOAuth> {
    return (this.#loading ??= import('../oauth-wait/hub-oauth.js').then(({ HubOAuth }) => {
      this.value = new HubOAuth(this.hooks);
      // What the form says depends on it (a redirect can come back here, or not).
      this.hooks.host.requestUpdate();
      return this.value;
    }));
  }

  /** Call inside the click: the popup must open before any await, or blockers stop it. */
  start(session: SessionData, integration: Integration, fields: Record<string, string>, mode: OAuthMode): void {
    const popup = prefersRedirect(mode) ? undefined : openPopup();
    void this.load().then((oauth) => oauth.start(oauthSession(session), integration, fields, popup));
  }
}
