import type { Field, Notice } from '../../contract/fields.js';
import { type Locale, matchLocale } from '../../contract/locales.js';
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
 * A connector's own words (src/catalog/connectors) in one language, keyed by the English text, as the hub's
 * common field labels are: a changed English text has no translation until it is translated again, and one
 * text shared by several connectors is translated once. The common labels ("API key") are not here: the hub
 * translates those itself (src/hub/strings, `fieldLabels`).
 */
export type ConnectorTextCatalog = Readonly<Record<string, string>>;

export const CONNECTOR_TEXT_CATALOGS: Record<Exclude<Locale, 'en'>, ConnectorTextCatalog> = {
  ar, da, de, es, et, fr, he, hi, it, ja, lt, lv, nb, nl, pl, pt, ro, sv, vi, 'zh-Hans': zhHans,
};

/** The parts of a connector definition an end user reads in its form. */
export interface ConnectorTexts {
  fields: Field[];
  notices?: Notice[];
  support?: { link?: string; description?: string };
}

/**
 * A placeholder without a space is an example value (`acme`, `pk_…`, `jane@acme.com`) and is shown as it is;
 * one with words ("Choose a region") is text.
 */
const isWords = (text: string) => /\s/.test(text.trim());

function mapValidation(validation: unknown, translate: (text: string) => string): unknown {
  if (typeof validation !== 'object' || validation === null) return validation;
  const rule = validation as Record<string, unknown>;
  return {
    ...rule,
    ...(typeof rule.error === 'string' ? { error: translate(rule.error) } : {}),
    ...(typeof rule.errorMessage === 'string' ? { errorMessage: translate(rule.errorMessage) } : {}),
  };
}

function mapField(field: Field, translate: (text: string) => string): Field {
  const mapped: Field = { ...field, label: translate(field.label) };
  if (field.placeholder && isWords(field.placeholder)) mapped.placeholder = translate(field.placeholder);
  if (field.guide) {
    mapped.guide = {
      ...field.guide,
      ...(field.guide.description ? { description: translate(field.guide.description) } : {}),
      ...(field.guide.tooltip ? { tooltip: translate(field.guide.tooltip) } : {}),
    };
  }
  if (field.tooltip) mapped.tooltip = translate(field.tooltip);
  if (field.description) mapped.description = translate(field.description);
  if (field.options) mapped.options = field.options.map((option) => ({ ...option, label: translate(option.label) }));
  if (field.validation !== undefined) mapped.validation = mapValidation(field.validation, translate);
  return mapped;
}

/**
 * Every text of a connector's form through `translate`: labels, worded placeholders, help and tooltips, the
 * format messages, option labels, notices and the guide. The one reading of "what is a connector text", for the
 * server's translation and for the test that every language has them all.
 */
export function mapConnectorTexts<T extends ConnectorTexts>(connector: T, translate: (text: string) => string): T {
  return {
    ...connector,
    fields: connector.fields.map((field) => mapField(field, translate)),
    ...(connector.notices ? { notices: connector.notices.map((notice) => ({ ...notice, description: translate(notice.description) })) } : {}),
    ...(connector.support?.description ? { support: { ...connector.support, description: translate(connector.support.description) } } : {}),
  };
}

/** The connector in the requested language; an unsupported locale, English, or a text not translated yet reads in English. */
export function localizeConnector<T extends ConnectorTexts>(connector: T, requested: string | null | undefined): T {
  const locale = matchLocale(requested);
  if (!locale || locale === 'en') return connector;
  const catalog = CONNECTOR_TEXT_CATALOGS[locale];
  return mapConnectorTexts(connector, (text) => (Object.hasOwn(catalog, text) ? (catalog[text] ?? text) : text));
}
