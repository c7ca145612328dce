/**
 * A browser window, not Node: importing a define module for SSR (Next, Nuxt, Astro, Angular SSR) must define
 * nothing there. Lit's `node` build installs a stand-in `customElements` from its DOM shim, so that alone is
 * no sign of a browser; `window` is.
 */
export function inBrowser(): boolean {
  return typeof window !== 'undefined' && typeof customElements !== 'undefined';
}
