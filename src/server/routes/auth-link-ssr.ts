import { createHash } from 'node:crypto';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

import type { AuthLinkRender } from '../../contract/auth-link-render.js';

export type { AuthLinkRender };
interface RenderInput {
  settings: unknown;
  connectors: unknown;
  locale: string | undefined;
  theme: string;
  /** The page was opened by a hand-off (`?from=handoff`): main.ts hides the hub's "Continue on your phone". */
  hideHandoff: boolean;
}
type RenderAuthLink = (input: RenderInput) => Promise<AuthLinkRender>;

export interface RenderedPage extends AuthLinkRender {
  /** CSP `'sha256-…'` sources for the `<style>` elements inside the rendered shadow roots. */
  styleHashes: string[];
}

export const sha256Source = (text: string): string => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** Renders kept: one per project list, language and name (sessions of one project mostly share them). */
const CACHE_LIMIT = 200;

/**
 * The server render of the auth link, from the build like the page's other files. A build without it renders
 * nothing, and the page paints when its scripts run; so does a rebuild while the server runs, until a restart
 * (the elements' registry is the process's: see register() in src/standalone/ssr.ts). Renders are cached by input.
 */
export class AuthLinkRenderer {
  readonly #file: string;
  #module: { version: string; render: Promise<RenderAuthLink | undefined> } | undefined;
  readonly #cache = new Map<string, RenderedPage>();

  constructor(distDir: string) {
    this.#file = path.resolve(distDir, '..', 'ssr', 'auth-link.js');
  }

  async #load(): Promise<RenderAuthLink | undefined> {
    let version: string;
    try {
      const info = await stat(this.#file);
      version = `${info.size}-${info.mtimeMs}`;
    } catch {
      return undefined;
    }
    if (this.#module?.version !== version) {
      this.#cache.clear();
      const url = `${pathToFileURL(this.#file).href}?v=${version}`;
      this.#module = {
        version,
        render: import(url).then(
          (module: { renderAuthLink?: RenderAuthLink }) => module.renderAuthLink,
          () => undefined,
        ),
      };
    }
    return this.#module.render;
  }

  async render(input: RenderInput): Promise<RenderedPage | undefined> {
    const render = await this.#load();
    if (!render) return undefined;
    const key = JSON.stringify([input.locale, input.theme, input.hideHandoff, input.settings, input.connectors]);
    const cached = this.#cache.get(key);
    if (cached) return cached;
    let rendered: AuthLinkRender;
    try {
      rendered = await render(input);
    } catch {
      // A render that fails costs the user the early paint, nothing else: the page's scripts render the hub.
      return undefined;
    }
    const styles = new Set([...rendered.hub.matchAll(/<style>([^<]*)<\/style>/g)].map((match) => match[1] ?? ''));
    const page = { ...rendered, styleHashes: [...styles].map(sha256Source) };
    if (this.#cache.size >= CACHE_LIMIT) this.#cache.delete(this.#cache.keys().next().value as string);
    this.#cache.set(key, page);
    return page;
  }
}

const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

/**
 * The page with the render in place: `<html lang dir>`, the title and the shell's words, and the hub's
 * shadow root inside the page's own `<connect-hub id="hub" …>` tag. Anything the page lacks stays as it is.
 */
export function applyRender(page: string, rendered: AuthLinkRender): string {
  return page
    .replace(/<html lang="[^"]*"/, `<html lang="${escapeHtml(rendered.lang)}" dir="${rendered.dir}"`)
    .replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(rendered.documentTitle)}</title>`)
    .replace(/(id="page-eyebrow">)[^<]*/, `$1${escapeHtml(rendered.eyebrow)}`)
    .replace(/(id="page-title">)[^<]*/, `$1${escapeHtml(rendered.title)}`)
    .replace(/(id="page-done"[^>]*>)[^<]*/, `$1${escapeHtml(rendered.done)}`)
    .replace(/(<footer class="page-footer">\s*<p>)[^<]*/, `$1${escapeHtml(rendered.footer)}`)
    .replace(/(<connect-hub id="hub"[^>]*>)(<\/connect-hub>)/, (_all, open: string, close: string) => `${open}${rendered.hub}${close}`);
}
