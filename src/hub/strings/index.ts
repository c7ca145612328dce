import { type Locale, pickLocale } from '../../contract/locales.js';
import { type Catalog, en, type HubStrings } from './en.js';

export { en, type HubStrings };

/** Every locale but English loads on demand (its own chunk) to keep the hub small. */
const LOADERS: Record<Exclude<Locale, 'en'>, () => Promise<Catalog>> = {
  ar: () => import('./ar.js').then((module) => module.ar),
  da: () => import('./da.js').then((module) => module.da),
  de: () => import('./de.js').then((module) => module.de),
  es: () => import('./es.js').then((module) => module.es),
  et: () => import('./et.js').then((module) => module.et),
  fr: () => import('./fr.js').then((module) => module.fr),
  he: () => import('./he.js').then((module) => module.he),
  hi: () => import('./hi.js').then((module) => module.hi),
  it: () => import('./it.js').then((module) => module.it),
  ja: () => import('./ja.js').then((module) => module.ja),
  lt: () => import('./lt.js').then((module) => module.lt),
  lv: () => import('./lv.js').then((module) => module.lv),
  nb: () => import('./nb.js').then((module) => module.nb),
  nl: () => import('./nl.js').then((module) => module.nl),
  pl: () => import('./pl.js').then((module) => module.pl),
  pt: () => import('./pt.js').then((module) => module.pt),
  ro: () => import('./ro.js').then((module) => module.ro),
  sv: () => import('./sv.js').then((module) => module.sv),
  vi: () => import('./vi.js').then((module) => module.vi),
  'zh-Hans': () => import('./zh-Hans.js').then((module) => module.zhHans),
};

/** `fr-CA` → `fr`, `zh-CN` → `zh-Hans`; unknown or missing locales fall back to English. */
export function resolveLocale(...requested: (string | null | undefined)[]): Locale {
  return pickLocale(...requested);
}

export async function loadStrings(...requested: (string | null | undefined)[]): Promise<HubStrings> {
  const locale = resolveLocale(...requested);
  if (locale === 'en') return en;
  const catalog = await LOADERS[locale]();
  // Nested tables too: a category or label a catalog lacks reads in English, not as a blank.
  return {
    ...en,
    ...catalog,
    categoryNames: { ...en.categoryNames, ...catalog.categoryNames },
    fieldLabels: { ...en.fieldLabels, ...catalog.fieldLabels },
  };
}
