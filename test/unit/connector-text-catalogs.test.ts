import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CATALOG } from '../../src/catalog/index.js';
import { LOCALES, type Locale } from '../../src/contract/locales.js';
import { CONNECTOR_TEXT_CATALOGS, localizeConnector, mapConnectorTexts } from '../../src/i18n/connector-texts/index.js';
import { en } from '../../src/hub/strings/en.js';

/**
 * Connector texts a language may keep as in English, and why. Keyed by the English text; anything else equal to
 * English is an untranslated text.
 */
const SAME_AS_ENGLISH: Record<string, { locales: Exclude<Locale, 'en'>[]; why: string }> = {
  Europe: { locales: ['fr'], why: 'same name in the language' },
  'Europe (zoho.eu)': { locales: ['fr'], why: 'same name in the language; the domain stays' },
  'Canada (zohocloud.ca)': { locales: ['da', 'fr', 'it', 'nb', 'nl', 'ro', 'vi'], why: 'same name in the language; the domain stays' },
  'Japan (zoho.jp)': { locales: ['da', 'de', 'nb', 'nl', 'sv'], why: 'same name in the language; the domain stays' },
  'China (zoho.com.cn)': { locales: ['de', 'es', 'nl', 'pt', 'ro'], why: 'same name in the language; the domain stays' },
  Region: { locales: ['da', 'de', 'nb', 'pl', 'sv'], why: 'same word in the language' },
  Instance: { locales: ['fr', 'lv'], why: 'same word in the language' },
  Site: { locales: ['fr', 'nl', 'pt', 'ro'], why: 'same word in the language' },
  'Australia (zoho.com.au)': { locales: ['es', 'it', 'nb', 'pl', 'ro'], why: 'same name in the language; the domain stays' },
  'India (zoho.in)': { locales: ['es', 'et', 'it', 'nb', 'nl', 'ro'], why: 'same name in the language; the domain stays' },
  India: { locales: ['es', 'et', 'it', 'nb', 'nl', 'ro'], why: 'same name in the language' },
};

/** Every text a connector form shows, once each; the common labels are the hub's to translate (fieldLabels). */
function englishTexts(): string[] {
  const texts = new Set<string>();
  for (const definition of CATALOG) mapConnectorTexts(definition, (text) => (texts.add(text), text));
  return [...texts].filter((text) => !Object.hasOwn(en.fieldLabels, text)).sort();
}

/**
 * What a translation must carry over unchanged: quoted values and UI names (in the language's own quotation
 * marks), `<placeholders>`, `{placeholders}`, host names and URLs, code tokens (`sandbox_good`, `read:users`),
 * numbers, and the menu paths' arrows.
 */
function keptTokens(text: string): string[] {
  const tokens = [
    ...[...text.matchAll(/"([^"]+)"/g)].map((match) => match[1]!),
    ...(text.match(/<[^>\s]+>|\{[^}\s]+\}/g) ?? []),
    ...(text.match(/(?:https?:\/\/)?[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[a-z]{2,}(?:\/[\w.-]+)*/g) ?? []),
    ...(text.match(/[\w-]*_[\w-]*|\b\w+:\w+\b/g) ?? []),
    ...(text.match(/\d+/g) ?? []),
  ];
  return [...new Set(tokens)];
}

/** Right-to-left text turns an arrow between its own words and a menu name (`←`); the steps are the same. */
const arrows = (text: string) => (text.match(/[→←]/g) ?? []).length;

const englishKeys = englishTexts();

test('the catalog has connector texts to translate, and the common labels are left to the hub', () => {
  assert.ok(englishKeys.length > 100, `only ${englishKeys.length} texts found`);
  assert.ok(!englishKeys.includes('API key'));
  assert.ok(englishKeys.includes('Region'));
  assert.ok(!englishKeys.includes('acme'), 'a one-word placeholder is an example value, not text');
});

for (const locale of LOCALES.filter((locale) => locale !== 'en')) {
  test(`${locale}: the connector-text catalog has exactly the English texts, translated, placeholders kept`, () => {
    const catalog = CONNECTOR_TEXT_CATALOGS[locale as Exclude<Locale, 'en'>];
    const keys = Object.keys(catalog).sort();
    const missing = englishKeys.filter((key) => !Object.hasOwn(catalog, key));
    const extra = keys.filter((key) => !englishKeys.includes(key));
    assert.deepEqual({ missing, extra }, { missing: [], extra: [] }, `${locale}: texts missing from, or no longer in, src/i18n/connector-texts/${locale}.ts (${missing.length} missing)`);
    const untranslated: string[] = [];
    const lost: string[] = [];
    for (const english of englishKeys) {
      const text = catalog[english] ?? '';
      assert.ok(text.trim(), `${locale}: ${JSON.stringify(english)} is empty`);
      if (text === english && !SAME_AS_ENGLISH[english]?.locales.includes(locale as Exclude<Locale, 'en'>)) untranslated.push(english);
      for (const token of keptTokens(english)) if (!text.includes(token)) lost.push(`${JSON.stringify(english)} lost ${JSON.stringify(token)}: ${text}`);
      if (arrows(text) !== arrows(english)) lost.push(`${JSON.stringify(english)}: the menu path's arrows differ: ${text}`);
    }
    assert.deepEqual(untranslated, [], `${locale}: texts identical to English (translate them, or list them with a reason)`);
    assert.deepEqual(lost, [], `${locale}: values, names or arrows not carried over`);
  });
}

test('every allowlisted same-as-English text is still a connector text and kept in a listed language', () => {
  for (const [english, { locales }] of Object.entries(SAME_AS_ENGLISH)) {
    assert.ok(englishKeys.includes(english), `${JSON.stringify(english)} is no longer a connector text; drop it from the allowlist`);
    const kept = locales.filter((locale) => CONNECTOR_TEXT_CATALOGS[locale][english] === english);
    assert.deepEqual(kept, locales, `${JSON.stringify(english)}: listed locales that translate it now; drop them from the allowlist`);
  }
});

test('localizeConnector: a regional variant reads its language; English, unknown or missing reads English; values stay', () => {
  const sandbox = CATALOG.find((definition) => definition.key === 'sandbox_ats')!;
  const region = (connector: typeof sandbox) => connector.fields.find((field) => field.key === 'region')!;
  const french = localizeConnector(sandbox, 'fr-CA');
  assert.equal(region(french).label, CONNECTOR_TEXT_CATALOGS.fr.Region);
  assert.notEqual(region(french).label, 'Region');
  assert.notEqual(region(french).placeholder, 'Choose a region');
  assert.deepEqual(region(french).options?.map((option) => option.value), region(sandbox).options?.map((option) => option.value));
  assert.notDeepEqual(region(french).options?.map((option) => option.label), region(sandbox).options?.map((option) => option.label));
  assert.notEqual(french.notices?.[0]?.description, sandbox.notices?.[0]?.description);
  const hris = localizeConnector(CATALOG.find((definition) => definition.key === 'sandbox_hris')!, 'fr');
  assert.equal(hris.fields.find((field) => field.key === 'api_key')?.label, 'API key', 'common labels are the hub’s to translate');
  assert.equal(hris.fields.find((field) => field.key === 'subdomain')?.placeholder, 'acme');
  for (const requested of ['en', 'xx', undefined, null]) assert.equal(localizeConnector(sandbox, requested), sandbox);
  assert.equal(region(sandbox).label, 'Region', 'the definition itself is never changed');
});
