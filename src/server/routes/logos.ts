import { getConnector } from '../../catalog/index.js';
import { logoSvg } from '../../catalog/logos.js';
import { ApiError } from '../errors.js';
import { DeclaredRoutes } from '../http/define-route.js';

/** `GET /logos/<provider>.svg`: brand icons from simple-icons, else a monogram; never fetched at run time. */
export function logoRoutes() {
  return new DeclaredRoutes({ security: 'none' }).get(
    '/:file',
    {
      operationId: 'getConnectorLogo',
      summary: 'Connector logo (`<key>.svg`)',
      tag: 'Assets',
      params: { file: '`<connector key>.svg`' },
      responses: { 200: { description: 'The SVG icon (cached for a week)', body: { mediaType: 'image/svg+xml', schema: { type: 'string' } } } },
      errors: { 404: 'No connector with this key, or not `.svg`' },
      storage: false,
    },
    (c, { params }) => {
      const { file } = params;
      const key = file.endsWith('.svg') ? file.slice(0, -'.svg'.length) : undefined;
      const definition = key ? getConnector(key) : undefined;
      if (!key || !definition) throw new ApiError('not_found', `No logo "${file}": expected /logos/<connector key>.svg`);
      // logoSvg memoizes: each icon file is read once per process.
      return c.body(logoSvg(definition), 200, {
        'content-type': 'image/svg+xml; charset=utf-8',
        'cache-control': 'public, max-age=604800',
        'access-control-allow-origin': '*',
      });
    },
  ).app;
}
