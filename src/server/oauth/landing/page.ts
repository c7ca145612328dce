import { readFileSync } from 'node:fs';

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

export interface PageContent {
  title: string;
  message: string;
  detail?: string;
  /** The landing page's data block for its script; error pages have none. */
  result?: unknown;
}

/** One small, readable page: the landing page and every OAuth error page. No inline script or style. */
export function renderPage(content: PageContent): string {
  const data =
    content.result === undefined
      ? ''
      : `\n<script type="application/json" id="connect-hub-result">${jsonData(content.result)}</script>\n<script src="${LANDING_SCRIPT_PATH}" defer></script>`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(content.title)}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${LANDING_STYLE_PATH}">${data}
</head>
<body>
<main>
<h1>${escapeHtml(content.title)}</h1>
<p>${escapeHtml(content.message)}</p>
${content.detail ? `<p class="detail">${escapeHtml(content.detail)}</p>\n` : ''}<p class="detail">You can close this window.</p>
<button type="button" id="close-window" hidden>Close window</button>
</main>
</body>
</html>
`;
}
