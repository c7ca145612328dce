import { defineConfig } from 'vite';
import { iifeLanguageFiles } from './build/iife-language-files.js';
import { LIBRARY_ENTRIES } from './build/library-entries.js';
import { minifyLitTemplates } from './build/minify-lit-templates.js';

/**
 * Library mode → `dist/lib/`, Lit and zod bundled in, minified.
 * - default: ESM `connect-hub.js` (side-effect-free class exports) + `define.js` (registers the tags), and the
 *   launcher's `launcher.js` + `launcher-define.js` (registers `<connect-link-button>` and the hub's tags);
 * - `--mode iife`: `connect-hub.iife.js` for a plain `<script>` tag (it defines the tags and exposes the classes as
 *   `window.ConnectHub`), the whole hub in one file but the 20 non-English catalogs: it loads those on demand from
 *   the ESM pass's language files beside it (build/iife-language-files.ts). An IIFE cannot have two entries, hence
 *   the second pass, which must run after the first.
 */
export default defineConfig(({ mode }) => {
  const iife = mode === 'iife';
  return {
    publicDir: false,
    plugins: iife ? [minifyLitTemplates(), iifeLanguageFiles()] : [minifyLitTemplates()],
    build: {
      outDir: 'dist/lib',
      emptyOutDir: !iife,
      target: 'es2022',
      minify: true,
      sourcemap: true,
      rolldownOptions: {
        // Vite keeps whitespace in ES library output; we ship it minified like the IIFE, without `@__PURE__`
        // annotations or legal comments (the licences are in the package, not repeated in every download).
        output: { minify: true, comments: false },
        // Lets `define.js` import the shared code from `connect-hub.js` instead of a third hashed chunk.
        preserveEntrySignatures: 'allow-extension',
      },
      lib: iife
        ? {
            entry: 'src/hub/define.ts',
            name: 'ConnectHub',
            formats: ['iife'],
            fileName: () => 'connect-hub.iife.js',
          }
        : {
            entry: LIBRARY_ENTRIES,
            formats: ['es'],
            fileName: (_format, entryName) => `${entryName}.js`,
          },
    },
  };
});
