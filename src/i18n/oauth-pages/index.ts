import { type Locale, matchLocale, pickLocale } from '../../contract/locales.js';
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

/** The language tags of an `Accept-Language` header, most wanted first (q=0 left out). */
export function acceptedLanguages(header: string | null | undefined): string[] {
  return (header ?? '')
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)?.[1]).find(Boolean);
      return { tag: tag.trim(), q: q === undefined ? 1 : Number(q), index };
    })
    .filter((entry) => entry.tag && entry.tag !== '*' && entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index)
    .map((entry) => entry.tag);
}

/**
 * The page words for an end user: the first supported of the languages named (the hub's, then the session's),
 * then the browser's `Accept-Language`, else English.
 */
export function pageStringsFor(named: readonly (string | null | undefined)[], acceptLanguage: string | null | undefined): PageStrings {
  return pageStrings(pickLocale(...named, ...acceptedLanguages(acceptLanguage)));
}
