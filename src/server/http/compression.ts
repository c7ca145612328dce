import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';

export type ContentCoding = 'br' | 'gzip';

/** What is worth compressing: text formats (HTML, JS, CSS, JSON, SVG, plain text). Images other than SVG are already compressed. */
const COMPRESSIBLE = /^(text\/|application\/(json|javascript|[\w.+-]*\+json)|image\/svg\+xml)/i;
/** Below this, the coding's own header and framing cost about what it saves. */
export const MIN_COMPRESS_BYTES = 512;

/**
 * The coding the request accepts that we prefer: brotli (smaller), else gzip; none when the request names
 * neither (or refuses both with `q=0`). `*` counts as accepting both.
 */
export function negotiateCoding(acceptEncoding: string | undefined): ContentCoding | undefined {
  if (!acceptEncoding) return undefined;
  const quality = new Map<string, number>();
  for (const part of acceptEncoding.toLowerCase().split(',')) {
    const [name = '', ...params] = part.trim().split(';');
    const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
    quality.set(name.trim(), q === undefined ? 1 : Number(q));
  }
  const accepts = (coding: ContentCoding) => (quality.get(coding) ?? quality.get('*') ?? 0) > 0;
  return accepts('br') ? 'br' : accepts('gzip') ? 'gzip' : undefined;
}

export const isCompressible = (contentType: string | null | undefined): boolean => !!contentType && COMPRESSIBLE.test(contentType);

/**
 * `bytes` in `coding`. `best` is for bodies compressed once and kept (build assets): brotli 11 / gzip 9;
 * otherwise a fast setting for bodies made per request (brotli 5 / gzip 6: most of the gain, a fraction of the time).
 */
export function compress(bytes: Uint8Array, coding: ContentCoding, best: boolean): Buffer {
  if (coding === 'br') {
    return brotliCompressSync(bytes, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: best ? constants.BROTLI_MAX_QUALITY : 5,
        [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      },
    });
  }
  return gzipSync(bytes, { level: best ? constants.Z_BEST_COMPRESSION : 6 });
}

/**
 * Compressed copies of files that do not change while the process runs (the Vite build), made once per
 * file version and coding: the first request pays brotli 11, every later one is a map lookup.
 */
export class CompressedCache {
  readonly #entries = new Map<string, Buffer>();

  get(key: string, bytes: Uint8Array, coding: ContentCoding): Buffer {
    const entryKey = `${coding}\u0000${key}`;
    let compressed = this.#entries.get(entryKey);
    if (!compressed) {
      compressed = compress(bytes, coding, true);
      this.#entries.set(entryKey, compressed);
    }
    return compressed;
  }
}

/**
 * The response body for `bytes` as the request asks: compressed when it accepts br or gzip and the type is
 * text, with `Content-Encoding` and `Vary: Accept-Encoding` set on `headers`. With `cacheKey` (a file's path
 * and version) the compressed copy is kept in `cache`.
 */
export function encodedBody(
  c: Context,
  bytes: Uint8Array,
  headers: Record<string, string>,
  cached?: { cache: CompressedCache; key: string },
): Uint8Array<ArrayBuffer> {
  if (!isCompressible(headers['content-type'])) return new Uint8Array(bytes);
  headers.vary = 'accept-encoding';
  const coding = bytes.length >= MIN_COMPRESS_BYTES ? negotiateCoding(c.req.header('accept-encoding')) : undefined;
  if (!coding) return new Uint8Array(bytes);
  headers['content-encoding'] = coding;
  return new Uint8Array(cached ? cached.cache.get(cached.key, bytes, coding) : compress(bytes, coding, false));
}

/**
 * Compresses the answers routes make per request (JSON, SVG logos, HTML without its own encoding) when the
 * request accepts it. Responses that already carry a `Content-Encoding` (the build's files, compressed once
 * and cached by routes/pages.ts), streams of unknown type, HEAD and bodiless answers pass untouched.
 */
export function compression() {
  return createMiddleware(async (c, next) => {
    await next();
    const res = c.res;
    // Headers and status first: reading `res.body` would turn Hono's lightweight response into a full one
    // (a ReadableStream over the text), which cost more than the rest of this middleware on every JSON answer.
    if (c.req.method === 'HEAD' || res.status === 204 || res.status === 304) return;
    if (res.headers.has('content-encoding') || !isCompressible(res.headers.get('content-type'))) return;
    const coding = negotiateCoding(c.req.header('accept-encoding'));
    const length = Number(res.headers.get('content-length') ?? Number.NaN);
    if (!coding || length < MIN_COMPRESS_BYTES) {
      appendVary(res.headers);
      return;
    }
    if (!res.body) return;
    const bytes = new Uint8Array(await res.arrayBuffer());
    const headers = new Headers(res.headers);
    appendVary(headers);
    if (bytes.length >= MIN_COMPRESS_BYTES) {
      headers.set('content-encoding', coding);
      headers.delete('content-length');
    }
    const body = bytes.length >= MIN_COMPRESS_BYTES ? new Uint8Array(compress(bytes, coding, false)) : bytes;
    // Hono copies the old response's headers onto a new one (its stale Content-Length included): drop it first.
    c.res = undefined as unknown as Response;
    c.res = new Response(body, { status: res.status, statusText: res.statusText, headers });
  });
}

function appendVary(headers: Headers): void {
  const vary = headers.get('vary');
  if (!vary) headers.set('vary', 'accept-encoding');
  else if (!/(^|,)\s*(accept-encoding|\*)\s*(,|$)/i.test(vary)) headers.set('vary', `${vary}, accept-encoding`);
}
