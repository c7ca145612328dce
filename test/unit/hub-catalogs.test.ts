import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LOCALES, localeDirection, matchLocale, pickLocale } from '../../src/contract/locales.js';
import { en, loadStrings } from '../../src/hub/strings/index.js';

/**
 * Values a catalog may share with English, and why. Anything else equal to English is an untranslated string.
 * Keyed by entry (`categoryNames.crm`); `*` for every locale, else the locales where the word is the same.
 */
const SAME_AS_ENGLISH: Record<string, { locales: '*' | string[]; why: string }> = {
  'categoryNames.ats': { locales: '*', why: 'acronym used as the category name' },
  'categoryNames.hris': { locales: '*', why: 'acronym used as the category name' },
  'categoryNames.crm': { locales: '*', why: 'acronym used as the category name' },
  'categoryNames.iam': { locales: '*', why: 'acronym used as the category name' },
  'categoryNames.lms': { locales: '*', why: 'acronym used as the category name' },
  'categoryNames.stackone': { locales: '*', why: 'product name' },
  'categoryNames.marketing': { locales: ['de', 'fr', 'es', 'it', 'pt', 'nl', 'pl', 'ro'], why: 'the loanword is the usual term' },
  'categoryNames.documents': { locales: ['fr'], why: 'same word in French' },
  'categoryNames.screening': { locales: ['nl', 'da'], why: 'the loanword is the usual term' },
  'fieldLabels.Password': { locales: ['it'], why: 'the loanword is the usual term' },
  'fieldLabels.Subdomain': { locales: ['de'], why: 'same word in German' },
  'fieldLabels.Domain': { locales: ['de'], why: 'same word in German' },
  failureDetails: { locales: ['de', 'nl'], why: 'same word in German and Dutch' },
  optional: { locales: ['de'], why: 'same word in German' },
};

const SAMPLE: Record<string, unknown[]> = {};
/** Distinct sample arguments so a swapped or dropped placeholder shows. */
function sampleArgs(length: number, key: string): unknown[] {
  if (SAMPLE[key]) return SAMPLE[key];
  if (key === 'connectorCount' || key === 'fixErrors') return [7];
  return Array.from({ length }, (_, index) => `«arg${index}»`);
}

const englishKeys = Object.keys(en).sort();

for (const locale of LOCALES.filter((locale) => locale !== 'en')) {
  test(`${locale}: the catalog has exactly the English keys, translated, placeholders kept`, async () => {
    const module: Record<string, unknown> = await import(`../../src/hub/strings/${locale}.ts`);
    const catalog = Object.values(module)[0] as Record<string, unknown>;
    assert.deepEqual(Object.keys(catalog).sort(), englishKeys, `${locale}: keys differ from en.ts (a key added to English needs a translation here)`);
    assert.equal(catalog.lang, locale);
    const untranslated: string[] = [];
    for (const key of englishKeys) {
      if (key === 'lang') continue;
      const english = (en as Record<string, unknown>)[key];
      const value = catalog[key];
      assert.equal(typeof value, typeof english, `${locale}.${key}: type`);
      if (typeof english === 'function' && typeof value === 'function') {
        const args = sampleArgs(english.length, key);
        const text = String((value as (...a: unknown[]) => string)(...args));
        for (const arg of args) {
          const shown = typeof arg === 'number' ? [String(arg), new Intl.NumberFormat(locale).format(arg)] : [String(arg)];
          assert.ok(shown.some((form) => text.includes(form)), `${locale}.${key}: ${JSON.stringify(text)} lost the argument ${String(arg)}`);
        }
        if (text === String((english as (...a: unknown[]) => string)(...args))) untranslated.push(key);
      } else if (typeof english === 'object' && english) {
        const table = value as Record<string, string>;
        assert.deepEqual(Object.keys(table).sort(), Object.keys(english).sort(), `${locale}.${key}: entries differ`);
        for (const [entry, text] of Object.entries(english as Record<string, string>)) {
          assert.ok(table[entry]?.trim(), `${locale}.${key}.${entry} is empty`);
          if (table[entry] === text) untranslated.push(`${key}.${entry}`);
        }
      } else if (value === english) {
        untranslated.push(key);
      }
    }
    const unexplained = untranslated.filter((key) => {
      const allowed = SAME_AS_ENGLISH[key];
      return !allowed || (allowed.locales !== '*' && !allowed.locales.includes(locale));
    });
    assert.deepEqual(unexplained, [], `${locale}: values identical to English (translate them, or list them with a reason)`);
  });
}

test('every allowlisted same-as-English entry is still needed somewhere', async () => {
  for (const [key, { locales }] of Object.entries(SAME_AS_ENGLISH)) {
    const [table, entry] = key.includes('.') ? key.split('.') : [key, undefined];
    const english = entry ? (en as unknown as Record<string, Record<string, string>>)[table!]![entry] : (en as Record<string, unknown>)[table!];
    const targets = locales === '*' ? LOCALES.filter((locale) => locale !== 'en') : locales;
    let used = false;
    for (const locale of targets) {
      const strings = (await loadStrings(locale)) as unknown as Record<string, Record<string, string>>;
      const value = entry ? strings[table!]![entry] : strings[table!];
      if (value === english) used = true;
    }
    assert.ok(used, `${key}: no listed locale keeps the English value any more; drop it from the allowlist`);
  }
});

test('plural forms follow each language (Intl.PluralRules), not English one/other', async () => {
  const pl = await loadStrings('pl');
  assert.equal(pl.connectorCount(1), '1 konektor');
  assert.equal(pl.connectorCount(3), '3 konektory');
  assert.equal(pl.connectorCount(5), '5 konektorów');
  const ar = await loadStrings('ar');
  assert.match(ar.connectorCount(2), /موصِّلان/);
  assert.notEqual(ar.connectorCount(3), ar.connectorCount(11));
  const lt = await loadStrings('lt');
  assert.equal(lt.fixErrors(2), 'Norėdami tęsti, pataisykite 2 laukus.');
});

test('locale tags map to the supported locales; others are refused', () => {
  assert.equal(matchLocale('fr-CA'), 'fr');
  assert.equal(matchLocale('zh-CN'), 'zh-Hans');
  assert.equal(matchLocale('zh-Hans-SG'), 'zh-Hans');
  assert.equal(matchLocale('zh-TW'), undefined);
  assert.equal(matchLocale('no'), 'nb');
  assert.equal(matchLocale('iw'), 'he');
  assert.equal(matchLocale('pt_BR'), 'pt');
  assert.equal(matchLocale('xx'), undefined);
  assert.equal(matchLocale(''), undefined);
  assert.equal(pickLocale('xx', undefined, 'ja-JP'), 'ja');
  assert.equal(pickLocale('xx', null), 'en');
  assert.equal(localeDirection('ar'), 'rtl');
  assert.equal(localeDirection('he'), 'rtl');
  assert.equal(localeDirection('de'), 'ltr');
});

test('a loaded catalog is complete even where a translation lacks a key: English fills the gap', async () => {
  for (const locale of LOCALES) {
    const strings = await loadStrings(locale);
    assert.deepEqual(Object.keys(strings).sort(), englishKeys);
    assert.equal(strings.lang, locale);
  }
});
