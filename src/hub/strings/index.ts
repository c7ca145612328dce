import { en, type HubStrings } from './en.js';

export { en, type HubStrings };

/** The locales we ship; English is bundled, the others load on demand to keep the hub small. */
const LOADERS: Record<string, () => Promise<HubStrings>> = {
  fr: () => import('./fr.js').then((module) => module.fr),
  de: () => import('./de.js').then((module) => module.de),
};

/** `fr-CA` → `fr`; unknown or missing locales fall back to English. */
export function resolveLocale(requested: string | null | undefined): string {
  const language = (requested ?? '').toLowerCase().split(/[-_]/)[0] ?? '';
  return language in LOADERS ? language : 'en';
}

export async function loadStrings(requested: string | null | undefined): Promise<HubStrings> {
  const loader = LOADERS[resolveLocale(requested)];
  return loader ? loader() : en;
}
