import '../hub/define.js';
import { claimHandoff, followHandoff } from './handoff.js';
import { syncHistory } from './history-sync.js';
import { postAccountConnected } from './opener-message.js';
import { returnTarget } from './return-url.js';
import { inlineHubData, loadHubSettings } from './settings.js';
import { localeDirection, matchLocale } from '../contract/locales.js';
import { loadStrings, type HubStrings } from '../hub/strings/index.js';

/** Long enough to read the success screen before going back to the app (launcher redirect mode). */
const RETURN_DELAY_MS = 1500;

/** Boots the auth-link page: `?token=` drives the hub; the shell shows the project and the "done" note. */
function boot(): void {
  // `?handoff=`: claim the hand-off first (issue 17 §2), then boot as the phone's auth link.
  if (claimHandoff(boot)) return;
  const token = new URLSearchParams(window.location.search).get('token')?.trim() ?? '';
  const hub = document.querySelector('connect-hub');
  const title = document.getElementById('page-title');
  const eyebrow = document.getElementById('page-eyebrow');
  const done = document.getElementById('page-done');
  if (!hub || !title || !eyebrow || !done) return;

  const baseUrl = window.location.origin;
  hub.setAttribute('base-url', baseUrl);
  // Phones and in-app webviews handle popups badly: this page sends the user to the provider and back.
  hub.setAttribute('oauth-mode', 'redirect');
  if (token) hub.setAttribute('token', token);
  // A tab the user opened cannot be closed by script (window.close() is refused): no Close that does nothing.
  if (!window.opener) hub.setAttribute('hide-close', '');
  syncHistory(hub);
  followHandoff(hub, baseUrl, token);

  // The server put the session's settings and list into the page: the hub paints from them, nobody asks
  // (/hub/settings once per page at most: only a page served without them fetches it).
  const inline = inlineHubData(baseUrl, token);
  const settings = inline ? Promise.resolve(inline.settings) : loadHubSettings(baseUrl, token);
  // `?lang=` on the link wins over the session's `locale`, which wins over the browser; unknown → the next one.
  const linkLocale = matchLocale(new URLSearchParams(window.location.search).get('lang'));
  const applyLocale = (loaded: { locale?: string | null } | null | undefined) => {
    const sessionLocale = matchLocale(loaded?.locale);
    if (!linkLocale && sessionLocale) hub.setAttribute('locale', sessionLocale);
    return sessionLocale;
  };
  if (linkLocale) hub.setAttribute('locale', linkLocale);
  // Before the hub's first render when the settings are inline: no English flash for a session in another language.
  if (inline) applyLocale(inline.settings);
  void settings.then(async (loaded) => {
    const sessionLocale = applyLocale(loaded);
    const strings = await loadStrings(linkLocale, sessionLocale, navigator.language);
    translatePage(strings, loaded?.project_name?.trim() ?? '', { eyebrow, title, done });
  });

  hub.addEventListener('connect-hub:success', (event) => {
    const { id, provider, result_token } = event.detail;
    done.hidden = false;
    void settings.then((loaded) => {
      const allowed = loaded?.allowed_origins ?? [];
      // The server's own pages (the demo, the dashboard) may open this page too.
      postAccountConnected(window.opener as Window | null, [...allowed, window.location.origin], { id, provider, result_token });
      const back = returnTarget(new URLSearchParams(window.location.search).get('return_url'), allowed, window.location.origin, { id, provider, result_token });
      if (back) window.setTimeout(() => window.location.assign(back), RETURN_DELAY_MS);
    });
  });

  hub.addEventListener('connect-hub:close', () => {
    window.close();
    // Browsers ignore close() in a window the user opened: point at the note instead of doing nothing.
    done.hidden = false;
    done.focus();
  });
}

/** The shell's own words in the hub's language; `<html lang dir>` so the page mirrors for Arabic and Hebrew. */
function translatePage(strings: HubStrings, projectName: string, parts: { eyebrow: HTMLElement; title: HTMLElement; done: HTMLElement }): void {
  document.documentElement.lang = strings.lang;
  document.documentElement.dir = localeDirection(strings.lang);
  parts.done.textContent = strings.pageDone;
  const footer = document.querySelector('.page-footer p');
  if (footer) footer.textContent = strings.pageFooter;
  parts.eyebrow.textContent = projectName ? strings.pageConnectTo : strings.pageEyebrow;
  parts.title.textContent = projectName || strings.pageTitle;
  document.title = projectName ? strings.pageDocumentTitle(projectName) : strings.pageTitle;
}

boot();
