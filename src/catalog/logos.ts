import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { ConnectorDefinition } from './schema.js';

const require = createRequire(import.meta.url);

interface BrandMeta {
  title: string;
  hex: string;
}

/**
 * simple-icons slug → title and colour. The package's index module inlines every path (5 MB), so we read its
 * metadata file once (titles and colours only) and each icon's own small SVG file on demand.
 */
let brands: Map<string, BrandMeta> | undefined;

function brandMeta(slug: string): BrandMeta | undefined {
  if (!brands) {
    const list = JSON.parse(readFileSync(require.resolve('simple-icons/icons.json'), 'utf8')) as {
      slug: string;
      title: string;
      hex: string;
    }[];
    brands = new Map(list.map((icon) => [icon.slug, { title: icon.title, hex: icon.hex }]));
  }
  return brands.get(slug);
}

const SLUG = /^[a-z0-9]+$/;
const HEX = /^[0-9A-Fa-f]{6}$/;

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

/** The brand's own SVG with its colour filled in; undefined when simple-icons has no such slug. */
function simpleIconSvg(slug: string, colour: string | undefined): string | undefined {
  if (!SLUG.test(slug)) return undefined;
  const meta = brandMeta(slug);
  if (!meta) return undefined;
  let svg: string;
  try {
    svg = readFileSync(require.resolve(`simple-icons/icons/${slug}.svg`), 'utf8');
  } catch {
    return undefined;
  }
  const hex = colour && HEX.test(colour) ? colour : meta.hex;
  return svg.replace('<svg ', `<svg fill="#${hex}" width="24" height="24" `);
}

/** Dark enough for white text (WCAG AA at logo sizes), spread around the colour wheel. */
const MONOGRAM_COLOURS = [
  '#1F6FEB', '#8250DF', '#BF3989', '#CF222E', '#BC4C00', '#9A6700',
  '#1A7F37', '#0F766E', '#0E7490', '#4338CA', '#6D28D9', '#57606A',
];

/** FNV-1a: a tiny stable hash, so a connector keeps its colour across restarts and machines. */
function stableHash(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** "Sandbox HRIS" → "SH", "Deel" → "D", "cal.com" → "C". */
export function initials(name: string): string {
  const words = name.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const letters = words.slice(0, 2).map((word) => [...word][0]!.toUpperCase());
  return letters.join('') || '?';
}

export function monogramSvg(def: Pick<ConnectorDefinition, 'key' | 'name' | 'logo'>): string {
  const colour =
    def.logo?.color && HEX.test(def.logo.color)
      ? `#${def.logo.color}`
      : MONOGRAM_COLOURS[stableHash(def.key) % MONOGRAM_COLOURS.length]!;
  const text = initials(def.name);
  const fontSize = text.length > 1 ? 10 : 13;
  return (
    '<svg role="img" viewBox="0 0 24 24" width="24" height="24" xmlns="http://www.w3.org/2000/svg">' +
    `<title>${escapeXml(def.name)}</title>` +
    `<rect width="24" height="24" rx="5" fill="${colour}"/>` +
    `<text x="12" y="12" dy=".35em" text-anchor="middle" fill="#FFFFFF" font-family="system-ui,-apple-system,'Segoe UI',Roboto,sans-serif" font-size="${fontSize}" font-weight="600">${escapeXml(text)}</text>` +
    '</svg>'
  );
}

const rendered = new Map<string, string>();

/** The connector's logo as a standalone SVG document: the simple-icons brand mark, else a monogram. */
export function logoSvg(def: ConnectorDefinition): string {
  const cacheKey = `${def.key}\u0000${def.name}\u0000${def.logo?.simple_icon ?? ''}\u0000${def.logo?.color ?? ''}`;
  const cached = rendered.get(cacheKey);
  if (cached) return cached;
  const slug = def.logo?.simple_icon;
  const svg = (slug && simpleIconSvg(slug, def.logo?.color)) || monogramSvg(def);
  rendered.set(cacheKey, svg);
  return svg;
}

const sprites = new Map<string, string>();

/**
 * Several logos in one SVG document, stacked 24 px apart, each with a `<view id="<key>">` framing it: an
 * `<img src="sprite.svg#<key>">` shows that one logo, and every image of the list shares one download.
 */
export function logoSprite(defs: readonly ConnectorDefinition[]): string {
  const cacheKey = defs.map((def) => def.key).join(',');
  const cached = sprites.get(cacheKey);
  if (cached) return cached;
  const parts = defs.map((def, index) => {
    const y = index * 24;
    // Each logo as a nested <svg> at its place; titles are for a logo opened alone, not for a sprite.
    const icon = logoSvg(def)
      .replace(/<title>[\s\S]*?<\/title>/, '')
      .replace(/ role="img"| xmlns="http:\/\/www\.w3\.org\/2000\/svg"/g, '')
      .replace('<svg ', `<svg y="${y}" `);
    return `<view id="${escapeXml(def.key)}" viewBox="0 ${y} 24 24"/>${icon}`;
  });
  const sprite = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 ${Math.max(defs.length, 1) * 24}">${parts.join('')}</svg>`;
  // The catalog is fixed per process: one entry per distinct key list a hub asks for, bounded by what clients send.
  if (sprites.size < 256) sprites.set(cacheKey, sprite);
  return sprite;
}

const versions = new WeakMap<readonly ConnectorDefinition[], string>();

/**
 * A fingerprint of every logo this process serves (`?v=` on their URLs): a logo URL carrying it names those bytes
 * for good, so it may be cached forever; a catalog or simple-icons update changes it.
 */
export function logosVersion(catalog: readonly ConnectorDefinition[]): string {
  let version = versions.get(catalog);
  if (!version) versions.set(catalog, (version = createHash('sha256').update(logoSprite(catalog)).digest('hex').slice(0, 10)));
  return version;
}
