import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PAGE_CATALOGS, pageStrings } from '../../src/i18n/oauth-pages/index.js';
import { PAGE_STRINGS } from '../../src/server/oauth/landing/strings.js';

/** Same as English on purpose: German and Dutch use the same word. */
const SAME_AS_ENGLISH: Record<string, string[]> = { details: ['de', 'nl'] };

const englishKeys = Object.keys(PAGE_STRINGS).sort();

for (const [locale, catalog] of Object.entries(PAGE_CATALOGS)) {
  test(`OAuth pages, ${locale}: the English keys, translated, placeholders kept`, () => {
    assert.deepEqual(Object.keys(catalog).sort(), englishKeys, `${locale}: keys differ from src/server/oauth/landing/strings.ts`);
    assert.equal(catalog.lang, locale);
    for (const key of englishKeys) {
      if (key === 'lang') continue;
      const english = (PAGE_STRINGS as Record<string, unknown>)[key];
      const value = (catalog as Record<string, unknown>)[key];
      assert.equal(typeof value, typeof english, `${locale}.${key}`);
      const text = typeof value === 'function' ? String((value as (arg: string) => string)('«arg0»')) : String(value);
      const englishText = typeof english === 'function' ? String((english as (arg: string) => string)('«arg0»')) : String(english);
      if (typeof value === 'function') assert.ok(text.includes('«arg0»'), `${locale}.${key} lost its argument: ${text}`);
      if (text === englishText) assert.ok(SAME_AS_ENGLISH[key]?.includes(locale), `${locale}.${key} is still English`);
    }
  });
}

test('pageStrings: a regional variant reads its language; unknown or untranslated reads English', () => {
  assert.equal(pageStrings('ar-EG').lang, 'ar');
  assert.equal(pageStrings('zh-CN').lang, 'zh-Hans');
  assert.equal(pageStrings('xx'), PAGE_STRINGS);
  assert.equal(pageStrings(null), PAGE_STRINGS);
  assert.equal(pageStrings('fr').connectedTitle('Notion'), 'Connecté à Notion');
});
