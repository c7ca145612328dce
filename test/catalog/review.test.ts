import { readFileSync } from 'node:fs';
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CATALOG } from '../../src/catalog/index.js';

/** docs/CONNECTORS.md, one `### key — …` section per reviewed connector. */
const REVIEW = readFileSync(new URL('../../docs/CONNECTORS.md', import.meta.url), 'utf8');
const SECTIONS = new Map(
  REVIEW.split(/^### /m)
    .slice(1)
    .map((section) => [section.slice(0, section.indexOf(' ')), section] as const),
);
const REAL = CATALOG.filter((def) => !def.sandbox);

describe('connector catalog: documentation review', () => {
  it('gives every real connector the documentation links it was checked against, and the date', () => {
    for (const def of REAL) {
      assert.ok(def.docs && def.docs.length > 0, `${def.key}: docs`);
      assert.equal(new Set(def.docs).size, def.docs.length, `${def.key}: a docs link twice`);
      for (const link of def.docs) assert.doesNotThrow(() => new URL(link), `${def.key}: ${link}`);
      assert.match(def.checked ?? '', /^\d{4}-\d{2}-\d{2}$/, `${def.key}: checked`);
      const day = new Date(`${def.checked}T00:00:00Z`);
      assert.equal(day.toISOString().slice(0, 10), def.checked, `${def.key}: ${def.checked} is not a calendar day`);
      assert.ok(day.getTime() <= Date.now(), `${def.key}: checked in the future`);
    }
  });

  it('matches docs/CONNECTORS.md: a section per real connector, with the same links and date', () => {
    for (const def of REAL) {
      const section = SECTIONS.get(def.key);
      assert.ok(section, `${def.key}: no section in docs/CONNECTORS.md`);
      const docsLine = /^- Docs:([\s\S]*?)(?=^- |^#|^\s*$)/m.exec(section)?.[1] ?? '';
      for (const link of def.docs ?? []) assert.ok(docsLine.includes(link), `${def.key}: ${link} is not in its review's Docs line`);
      assert.ok(docsLine.includes(`Checked ${def.checked}`), `${def.key}: the review says another date than ${def.checked}`);
    }
    const keys = new Set(CATALOG.map((def) => def.key));
    for (const key of SECTIONS.keys()) assert.ok(keys.has(key), `docs/CONNECTORS.md reviews ${key}, which the catalog does not have`);
  });

  it('keeps sandbox connectors, which have no provider, out of the review', () => {
    for (const def of CATALOG.filter((d) => d.sandbox)) {
      assert.equal(def.docs, undefined, def.key);
      assert.equal(SECTIONS.has(def.key), false, def.key);
    }
  });
});
