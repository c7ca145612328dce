import { defineConfig } from 'vite';
import { minifyLitTemplates } from './build/minify-lit-templates.js';

/**
 * App mode: the standalone auth-link page (`index.html`) → `dist/app/`.
 * The server serves `dist/app/index.html` at `/embedded/integrations` and `/link`, and `dist/app/assets/*`
 * at `/assets/*`, so every URL in the page must be absolute under `/assets/` (base `/`).
 */
export default defineConfig({
  base: '/',
  publicDir: 'public',
  plugins: [minifyLitTemplates()],
  build: {
    outDir: 'dist/app',
    emptyOutDir: true,
    assetsDir: 'assets',
    target: 'es2022',
    minify: true,
    // The CSP has no data: in script-src and no inline scripts: keep every asset a file, no polyfill snippet.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    // .vite/manifest.json: the server reads which chunk holds each language, to preload the one a session speaks.
    manifest: true,
    // One HTML entry per page; other pages (dashboard, demo) add theirs here.
    rolldownOptions: { input: { index: 'index.html', dashboard: 'dashboard/index.html', demo: 'demo/index.html' } },
  },
});
