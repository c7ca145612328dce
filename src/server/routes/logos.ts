import { CATALOG, getConnector } from '../../catalog/index.js';
import { logoSprite, logoSvg, logosVersion } from '../../catalog/logos.js';
import { ApiError } from '../errors.js';
import { DeclaredRoutes } from '../http/define-route.js';
import { textQuery } from '../http/query-params.js';

const SVG_HEADERS = {
  'content-type': 'image/svg+xml; charset=utf-8',
  'cache-control': 'public, max-age=604800',
  'access-control-allow-origin': '*',
};
/** A URL with this process's `?v=` names these very bytes (catalog/logos.ts): cached for good. */
const VERSIONED_SVG_HEADERS = { ...SVG_HEADERS, 'cache-control': 'public, max-age=31536000, immutable' };
const headersFor = (version: string | undefined) => (version === logosVersion(CATALOG) ? VERSIONED_SVG_HEADERS : SVG_HEADERS);
const versionQuery = textQuery({ description: 'The logos\' version, as on the `logo_url`s the API gives: that URL is cached for good (immutable); any other, for a week' });
/** More keys than any catalog has: a longer list is not a sprite request but an attempt to make us work. */
const MAX_SPRITE_KEYS = 500;

/**
 * `GET /logos/<provider>.svg`: brand icons from simple-icons, else a monogram; never fetched at run time.
 * `GET /logos/sprite.svg?k=a,b`: those logos in one file, each shown by its fragment (`sprite.svg?k=a,b#a`),
 * so a list of 60 connectors costs one request, not 60.
 */
export function logoRoutes() {
  return new DeclaredRoutes({ security: 'none' })
    .get(
      '/sprite.svg',
      {
        operationId: 'getConnectorLogoSprite',
        summary: 'Several connector logos in one SVG; `#<key>` shows one',
        tag: 'Assets',
        query: { k: textQuery({ description: 'Comma-separated connector keys (unknown keys are left out); absent: every connector' }), v: versionQuery },
        responses: { 200: { description: 'The SVG sprite (cached for good with the current `v`, else for a week)', body: { mediaType: 'image/svg+xml', schema: { type: 'string' } } } },
        errors: { 400: 'More than 500 keys' },
        storage: false,
      },
      (c, { query }) => {
        const keys = query.k?.split(',').filter(Boolean);
        if (keys && keys.length > MAX_SPRITE_KEYS) throw new ApiError('validation_failed', `Too many keys in "k": at most ${MAX_SPRITE_KEYS}`, { field: 'k' });
        const definitions = keys ? keys.map((key) => getConnector(key)).filter((definition) => definition !== undefined) : CATALOG;
        return c.body(logoSprite(definitions), 200, headersFor(query.v));
      },
    )
    .get(
      '/:file',
      {
        operationId: 'getConnectorLogo',
        summary: 'Connector logo (`<key>.svg`)',
        tag: 'Assets',
        params: { file: '`<connector key>.svg`' },
        query: { v: versionQuery },
        responses: { 200: { description: 'The SVG icon (cached for good with the current `v`, else for a week)', body: { mediaType: 'image/svg+xml', schema: { type: 'string' } } } },
        errors: { 404: 'No connector with this key, or not `.svg`' },
        storage: false,
      },
      (c, { params, query }) => {
        const { file } = params;
        const key = file.endsWith('.svg') ? file.slice(0, -'.svg'.length) : undefined;
        const definition = key ? getConnector(key) : undefined;
        if (!key || !definition) throw new ApiError('not_found', `No logo "${file}": expected /logos/<connector key>.svg`);
        // logoSvg memoizes: each icon file is read once per process.
        return c.body(logoSvg(definition), 200, headersFor(query.v));
      },
    ).app;
}
