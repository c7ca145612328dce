import { defineConfig } from 'vite';
import { minifyLitTemplates } from './build/minify-lit-templates.js';

/**
 * SSR mode → `dist/ssr/auth-link.js`: the auth-link page's server render (src/standalone/ssr.ts), Lit,
 * `@lit-labs/ssr` and the hub's elements bundled in one Node module, so the server (routes/pages.ts) loads a
 * build file, as it serves the others, and needs neither the hub's sources nor a dev dependency at run time.
 */
export default defineConfig({
  publicDir: false,
  plugins: [minifyLitTemplates()],
  ssr: { noExternal: true, target: 'node' },
  build: {
    outDir: 'dist/ssr',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    ssr: 'src/standalone/ssr.ts',
    rolldownOptions: { output: { entryFileNames: 'auth-link.js', inlineDynamicImports: true } },
  },
});
