import { type Locale, matchLocale } from '../../contract/locales.js';
import { PAGE_STRINGS, type PageStrings } from '../../server/oauth/landing/strings.js';
import { ar } from './ar.js';
import { da } from './da.js';
import { de } from './de.js';
import { es } from './es.js';
import { et } from './et.js';
import { fr } from './fr.js';
import { he } from './he.js';
import { hi } from './hi.js';
import { it } from './it.js';
import { ja } from './ja.js';
import { lt } from './lt.js';
import { lv } from './lv.js';
import { nb } from './nb.js';
import { nl } from './nl.js';
import { pl } from './pl.js';
import { pt } from './pt.js';
import { ro } from './ro.js';
import { sv } from './sv.js';
import { vi } from './vi.js';
import { zhHans } from './zh-Hans.js';

/**
 * The OAuth pages' words (src/server/oauth/landing/strings.ts) in other languages. Partial on purpose: a key
 * added to the English later reads in English here and fails test/unit/oauth-page-catalogs.test.ts.
 */
export type PageCatalog = Partial<PageStrings>;

export const PAGE_CATALOGS: Record<Exclude<Locale, 'en'>, PageCatalog> = {
  ar, da, de, es, et, fr, he, hi, it, ja, lt, lv, nb, nl, pl, pt, ro, sv, vi, 'zh-Hans': zhHans,
};

/** The page words for a session's or a request's locale; unsupported or untranslated → English. */
export function pageStrings(requested: string | null | undefined): PageStrings {
  const locale = matchLocale(requested);
  const catalog = locale && locale !== 'en' ? PAGE_CATALOGS[locale] : undefined;
  return catalog ? { ...PAGE_STRINGS, ...catalog } : PAGE_STRINGS;
}
