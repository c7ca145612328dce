// @custom-elements-manifest/analyzer config for the browser package (`npm run build:browser-package`).
// `packagejson: false`: the analyzer would otherwise write `customElements` into the root package.json; the
// published manifest (packages/connect-hub/package.json) names it by hand.
/** Our public events and their classes (src/hub/events.ts, src/launcher/events.ts). */
const EVENT_TYPES = {
  'connect-hub:success': 'ConnectHubSuccessEvent',
  'connect-hub:close': 'ConnectHubCloseEvent',
  'connect-hub:error': 'ConnectHubErrorEvent',
  'connect-hub:step': 'ConnectHubStepEvent',
  'connect-link:request-close': 'ConnectLinkRequestCloseEvent',
  'connect-link:closed': 'ConnectLinkClosedEvent',
};

export default {
  globs: ['src/hub/**/*.ts', 'src/launcher/**/*.ts'],
  exclude: ['**/*.styles.ts'],
  outdir: 'packages/connect-hub', // the build passes its staging directory with --outdir
  litelement: true,
  packagejson: false,
  plugins: [
    {
      name: 'connect-hub:public-surface',
      // The analyzer lists Lit's `state: true` properties as attributes and guesses events from each
      // `dispatchEvent(new …)` in the code; a host sees neither. Keep what the JSDoc documents (@fires) and the
      // attributes of public fields, and type each public event with its class.
      packageLinkPhase({ customElementsManifest }) {
        for (const module of customElementsManifest.modules ?? []) {
          for (const declaration of module.declarations ?? []) {
            if (!declaration.customElement) continue;
            const privacyOf = (name) => declaration.members?.find((m) => m.name === name)?.privacy;
            declaration.attributes = declaration.attributes?.filter((a) => !['private', 'protected'].includes(privacyOf(a.fieldName)));
            declaration.events = declaration.events
              ?.filter((e) => e.name && e.description)
              .map((e) => (EVENT_TYPES[e.name] ? { ...e, type: { text: EVENT_TYPES[e.name] } } : e));
          }
        }
      },
    },
    {
      name: 'connect-hub:paths-into-the-package',
      // The sources do not ship: point each module at its declaration file inside the package.
      packageLinkPhase({ customElementsManifest }) {
        const rewrite = (path) => (typeof path === 'string' ? path.replace(/^src\/(.*)\.ts$/, 'dist/types/$1.d.ts') : path);
        for (const module of customElementsManifest.modules ?? []) {
          module.path = rewrite(module.path);
          for (const item of [...(module.exports ?? []), ...(module.declarations ?? [])]) {
            for (const ref of [item.declaration, item.superclass, item.inheritedFrom]) if (ref?.module) ref.module = rewrite(ref.module);
            for (const member of item.members ?? []) if (member.inheritedFrom?.module) member.inheritedFrom.module = rewrite(member.inheritedFrom.module);
          }
        }
      },
    },
  ],
};
