import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';

const CATALOG_LOADER = /\/src\/hub\/strings\/index\.ts$/;
const CATALOG_IMPORT = /import\(\s*'\.\/([\w-]+)\.js'\s*\)/g;

/**
 * The IIFE loads a language the way the ESM hub does, on demand, from the ESM build's own language file beside it
 * (`/sdk/fr-<hash>.js`), instead of inlining all 20 catalogs (40 KB gzip that every script-tag page paid for one
 * language). The IIFE pass runs after the ESM pass into the same folder; each catalog `import()` of
 * `src/hub/strings/index.ts` becomes an `import()` of that file by its absolute URL, taken from the IIFE's own
 * `<script>` while it runs: a relative `import()` would resolve against about:blank in a cross-origin script
 * without `crossorigin` (how a host page loads us). The language files are plain ES modules (served with CORS)
 * that import only the plural helper beside them, never Lit.
 */
export function iifeLanguageFiles(): Plugin {
  let outDir = '';
  return {
    name: 'connect-hub:iife-language-files',
    apply: 'build',
    enforce: 'pre',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    transform: {
      filter: { id: CATALOG_LOADER },
      handler(source) {
        const built = readdirSync(outDir);
        let count = 0;
        const code = source.replace(CATALOG_IMPORT, (_whole, locale: string) => {
          const files = built.filter((name) => name.startsWith(`${locale}-`) && /^-[\w-]{8}\.js$/.test(name.slice(locale.length)));
          if (files.length !== 1) {
            throw new Error(`the IIFE needs the ESM build's one language file for "${locale}" in ${outDir} (found ${files.length}): build ESM first`);
          }
          count++;
          return `import(/* @vite-ignore */ languageFileUrl(${JSON.stringify(files[0])}))`;
        });
        if (count === 0) throw new Error('no catalog import() found in src/hub/strings/index.ts');
        return {
          code: `${code}
const languageFileBase = typeof document === 'undefined' ? '' : ((document.currentScript as HTMLScriptElement | null)?.src ?? '');
function languageFileUrl(file: string): string {
  return languageFileBase ? new URL(file, languageFileBase).href : \`./\${file}\`;
}
`,
          map: null,
        };
      },
    },
  };
}
