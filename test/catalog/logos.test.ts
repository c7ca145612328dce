import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CATALOG, getConnector, logoSvg } from '../../src/catalog/index.js';
import { initials, logoSprite, logosVersion, monogramSvg } from '../../src/catalog/logos.js';
import type { ConnectorDefinition } from '../../src/catalog/schema.js';

/** Well-formed enough for a browser `<img>`: one <svg> root, balanced tags, only known entities. */
function assertValidSvg(svg: string, label: string): void {
  assert.match(svg, /^<svg [^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"[^>]*>/, `${label}: svg root with namespace`);
  assert.match(svg, /<\/svg>$/, `${label}: closes the root`);
  assert.match(svg, /viewBox="0 0 24 24"/, `${label}: viewBox`);
  const stack: string[] = [];
  for (const [tag, closing, name, selfClosing] of svg.matchAll(/<(\/?)([a-zA-Z]+)[^>]*?(\/?)>/g)) {
    if (selfClosing) continue;
    if (closing) assert.equal(stack.pop(), name, `${label}: unbalanced ${tag}`);
    else stack.push(name!);
  }
  assert.deepEqual(stack, [], `${label}: unclosed tags`);
  const text = svg.replace(/<[^>]*>/g, '');
  assert.doesNotMatch(text, /&(?!(#\d+|amp|lt|gt|quot|apos);)/, `${label}: bare ampersand in text`);
  assert.equal((svg.match(/<title>/g) ?? []).length, 1, `${label}: one accessible <title>`);
}

function connector(overrides: Partial<ConnectorDefinition>): ConnectorDefinition {
  return { key: 'acme_tools', name: 'Acme Tools', category: 'crm', auth: { type: 'api_key' }, fields: [], ...overrides };
}

describe('logos', () => {
  it('draws a simple-icons brand in its own colour', () => {
    const svg = logoSvg(getConnector('hubspot')!);
    assertValidSvg(svg, 'hubspot');
    assert.match(svg, /fill="#FF7A59"/);
    assert.match(svg, /<title>HubSpot<\/title>/);
    assert.match(svg, /<path d="M[^"]+"\/>/);
  });

  it('lets a connector override the brand colour', () => {
    const svg = logoSvg(connector({ key: 'gh_custom', logo: { simple_icon: 'github', color: '6E40C9' } }));
    assertValidSvg(svg, 'override');
    assert.match(svg, /fill="#6E40C9"/);
  });

  it('draws a monogram with initials and an escaped title when there is no brand', () => {
    const svg = logoSvg(connector({ key: 'r_and_d', name: 'R&D <Portal>' }));
    assertValidSvg(svg, 'monogram');
    assert.match(svg, /<title>R&#38;D &#60;Portal&#62;<\/title>/);
    assert.match(svg, />RD<\/text>/);
    assert.match(svg, /<rect [^>]*fill="#[0-9A-F]{6}"/);
  });

  it('falls back to a monogram for an unknown or unsafe slug', () => {
    for (const slug of ['no-such-brand-zz', '../../package', 'nosuchbrandzz']) {
      const svg = logoSvg(connector({ key: `fallback_${slug.length}`, logo: { simple_icon: slug } }));
      assertValidSvg(svg, slug);
      assert.match(svg, /<text /, `${slug} should give a monogram`);
    }
  });

  it('picks a monogram colour from the key, stable across calls, varied across keys', () => {
    const colour = (key: string) => /<rect [^>]*fill="(#[0-9A-F]{6})"/.exec(monogramSvg(connector({ key })))![1];
    assert.equal(colour('salesforce'), colour('salesforce'));
    const colours = new Set(['salesforce', 'slack', 'deel', 'lever', 'workable', 'okta', 'box', 'close'].map(colour));
    assert.ok(colours.size >= 4, `only ${colours.size} colours for 8 keys`);
  });

  it('takes initials from the first two words', () => {
    assert.equal(initials('Sandbox HRIS'), 'SH');
    assert.equal(initials('Deel'), 'D');
    assert.equal(initials('Microsoft Entra ID'), 'ME');
    assert.equal(initials('Cal.com'), 'CC');
    assert.equal(initials('   '), '?');
  });

  it('gives every catalog connector a valid logo, brands for those that name one', () => {
    for (const def of CATALOG) {
      const svg = logoSvg(def);
      assertValidSvg(svg, def.key);
      assert.equal(svg.includes('<text '), !def.logo?.simple_icon, `${def.key}: brand vs monogram`);
    }
  });

  it('the render cache never hands one definition\'s logo to another: name, brand and colour are part of its key', () => {
    const first = logoSvg(connector({ key: 'cache_probe', name: 'Alpha Beta' }));
    assert.match(first, />AB</);
    const renamed = logoSvg(connector({ key: 'cache_probe', name: 'Gamma Delta' }));
    assert.match(renamed, />GD</, 'a renamed connector gets its own monogram, not the cached one');
    const branded = logoSvg(connector({ key: 'cache_probe', name: 'Gamma Delta', logo: { simple_icon: 'hubspot' } }));
    assert.doesNotMatch(branded, /<text /, 'naming a brand replaces the cached monogram');
    const recoloured = logoSvg(connector({ key: 'cache_probe', name: 'Gamma Delta', logo: { simple_icon: 'hubspot', color: '123456' } }));
    assert.match(recoloured, /fill="#123456"/);
    assert.notEqual(recoloured, branded);
    assert.equal(logoSvg(connector({ key: 'cache_probe', name: 'Alpha Beta' })), first, 'and the first definition still gets its own');
  });
});

describe('logosVersion', () => {
  it('fingerprints the logos themselves: the same for the same catalog, another for other logos (one fewer, or in another order)', () => {
    const version = logosVersion(CATALOG);
    assert.match(version, /^[0-9a-f]{10}$/);
    assert.equal(logosVersion(CATALOG), version);
    assert.notEqual(logosVersion(CATALOG.slice(1)), version);
    assert.notEqual(logosVersion([...CATALOG].reverse()), version);
  });
});
