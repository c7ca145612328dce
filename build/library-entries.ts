/**
 * The embeddable entries, one list for both library builds: the `/sdk/` bundles (vite.lib.config.ts, Lit
 * inlined) and the npm package (scripts/build-browser-package.mjs, Lit external).
 */
export const LIBRARY_ENTRIES = {
  'connect-hub': 'src/hub/index.ts',
  define: 'src/hub/define.ts',
  // The launcher (<connect-link-button>, openConnectHub): side-effect-free exports + its define module.
  launcher: 'src/launcher/index.ts',
  'launcher-define': 'src/launcher/define.ts',
} as const;
