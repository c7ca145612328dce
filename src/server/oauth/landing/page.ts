import { readFileSync } from 'node:fs';
import { localeDirection } from '../../../contract/locales.js';
import { PAGE_STRINGS, type PageStrings } from './strings.js';

/** Script and style of the landing / error pages: files beside this module, read once. */
export const LANDING_SCRIPT = readFileSync(new URL('./callback.js', import.meta.url), 'utf8');
export const LANDING_STYLE = readFileSync(new URL('./callback.css', import.meta.url), 'utf8');
export const LANDING_SCRIPT_PATH = '/embedded/accounts/callback.js';
export const LANDING_STYLE_PATH = '/embedded/accounts/callback.css';

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** JSON inside a `<script type="application/json">` data block: `<` escaped so it cannot close the block. */
function jsonData(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

export type PageTone = 'success' | 'error' | 'info';

export interface PageContent {
  title: string;
  message: string;
  /** Technical words (an error code, the provider's answer): behind a "Details" disclosure, never in the message. */
  detail?: string;
  /** The badge's colour; error unless said. */
  tone?: PageTone;
  /** The landing page's data block for its script; error pages have none. */
  result?: unknown;
}

const BADGES: Record<PageTone, string> = {
  success: '<path d="M5 12.5l4.5 4.5L19 7.5"></path>',
  error: '<path d="M12 7v6"></path><path d="M12 16.5v.5"></path>',
  info: '<path d="M12 11v6"></path><path d="M12 7.5v.5"></path>',
};

/**
 * One page in the hub's look (its card, type and colours, light or dark as the system is): the landing page and
 * every end-user error page. No inline script or style; the script adds the way back (close the popup, or
 * return to the hub in this tab).
 */
export function renderPage(content: PageContent, s: PageStrings = PAGE_STRINGS): string {
  const tone = content.tone ?? 'error';
  const data =
    content.result === undefined ? '' : `\n<script type="application/json" id="connect-hub-result">${jsonData(content.result)}</script>`;
  return `<!doctype html>
<html lang="${escapeHtml(s.lang)}" dir="${localeDirection(s.lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>${escapeHtml(content.title)}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${LANDING_STYLE_PATH}">${data}
<script src="${LANDING_SCRIPT_PATH}" defer></script>
</head>
<body>
<main class="card ${tone}">
<span class="badge" aria-hidden="true"><svg width="26" height="26" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2.4" stroke-linecap="round" stroke-linejoin="round">${BADGES[tone]}</svg></span>
<h1>${escapeHtml(content.title)}</h1>
<p>${escapeHtml(content.message)}</p>
${content.detail ? `<details><summary>${escapeHtml(s.details)}</summary><p class="detail">${escapeHtml(content.detail)}</p></details>\n` : ''}<div class="actions">
<button type="button" class="button primary" id="close-window" hidden>${escapeHtml(s.closeWindow)}</button>
<button type="button" class="button primary" id="go-back" hidden>${escapeHtml(s.back)}</button>
</div>
<noscript><p class="muted">${escapeHtml(s.noScriptBack)}</p></noscript>
</main>
</body>
</html>
`;
}
