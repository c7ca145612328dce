/**
 * Requests generated from the server's own `/openapi.json`, so a new route is fuzzed without touching the
 * tests: for every operation, path and query parameters, bodies built from its request schema and then
 * broken one place at a time, malformed JSON, wrong content types and auth variants; plus the page and asset
 * routes the document does not describe. Seeded, so a failure can be replayed.
 */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Schema = Record<string, unknown>;

export interface FuzzRequest {
  /** What this case tries, for the failure report. */
  label: string;
  method: string;
  /** Path and query, already encoded (on purpose, sometimes badly). */
  path: string;
  headers: Record<string, string>;
  body?: string;
  /** Sent with Transfer-Encoding: chunked, in pieces of this many bytes. */
  chunked?: number;
}

export interface Fixtures {
  apiKey: string;
  sessionToken: string;
  /** Values for path parameters by name, e.g. `{ account_id: 'acc_…' }`. */
  pathValues: Record<string, string>;
}

export interface Operation {
  method: string;
  path: string;
  security: 'apiKey' | 'session' | 'none';
  parameters: { name: string; in: 'path' | 'query'; schema: Schema }[];
  body?: Schema;
}

/** mulberry32: small, seeded, good enough to pick cases. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function operationsOf(document: Schema): Operation[] {
  const paths = document.paths as Record<string, Record<string, Schema>>;
  const operations: Operation[] = [];
  for (const [path, methods] of Object.entries(paths)) {
    for (const [method, op] of Object.entries(methods)) {
      if (!['get', 'post', 'put', 'patch', 'delete'].includes(method)) continue;
      const security = (op.security ?? document.security ?? []) as Record<string, unknown>[];
      const names = security.flatMap((s) => Object.keys(s));
      const body = (op.requestBody as { content?: Record<string, { schema?: Schema }> } | undefined)?.content?.['application/json']?.schema;
      operations.push({
        method: method.toUpperCase(),
        path,
        security: names.includes('hubSessionToken') ? 'session' : names.length ? 'apiKey' : 'none',
        parameters: ((op.parameters ?? []) as { name: string; in: string; schema?: Schema }[])
          .filter((p) => p.in === 'path' || p.in === 'query')
          .map((p) => ({ name: p.name, in: p.in as 'path' | 'query', schema: p.schema ?? {} })),
        ...(body ? { body: resolve(document, body) } : {}),
      });
    }
  }
  return operations;
}

/** Inlines `$ref`s (the document's schemas are small and not recursive). */
function resolve(document: Schema, schema: Schema, depth = 0): Schema {
  if (depth > 20) return {};
  if (typeof schema.$ref === 'string') {
    const name = schema.$ref.split('/').pop()!;
    const components = (document.components as { schemas: Record<string, Schema> }).schemas;
    return resolve(document, components[name] ?? {}, depth + 1);
  }
  const out: Schema = { ...schema };
  if (schema.properties) {
    out.properties = Object.fromEntries(Object.entries(schema.properties as Record<string, Schema>).map(([k, v]) => [k, resolve(document, v, depth + 1)]));
  }
  if (schema.items) out.items = resolve(document, schema.items as Schema, depth + 1);
  for (const key of ['anyOf', 'oneOf', 'allOf']) {
    if (Array.isArray(schema[key])) out[key] = (schema[key] as Schema[]).map((s) => resolve(document, s, depth + 1));
  }
  if (schema.additionalProperties && typeof schema.additionalProperties === 'object') {
    out.additionalProperties = resolve(document, schema.additionalProperties as Schema, depth + 1);
  }
  return out;
}

/** A value the schema accepts, as far as a plain reading of it goes. */
export function sample(schema: Schema, random: () => number, depth = 0): Json {
  if (schema.const !== undefined) return schema.const as Json;
  if (Array.isArray(schema.enum)) return schema.enum[Math.floor(random() * schema.enum.length)] as Json;
  const union = (schema.anyOf ?? schema.oneOf) as Schema[] | undefined;
  if (union?.length) {
    const options = union.filter((s) => s.type !== 'null');
    return sample(options[Math.floor(random() * options.length)] ?? union[0]!, random, depth + 1);
  }
  const type = Array.isArray(schema.type) ? (schema.type as string[]).find((t) => t !== 'null') : (schema.type as string | undefined);
  switch (type) {
    case 'string': {
      if (schema.format === 'uri') return 'https://example.com/hooks';
      const min = Number(schema.minLength ?? 1);
      return 'fuzz-value'.padEnd(Math.max(min, 1), 'x').slice(0, Number(schema.maxLength ?? 64));
    }
    case 'integer':
    case 'number':
      return Number(schema.minimum ?? 1);
    case 'boolean':
      return random() < 0.5;
    case 'array':
      return depth > 4 ? [] : [sample((schema.items as Schema) ?? {}, random, depth + 1)];
    case 'object': {
      const properties = (schema.properties ?? {}) as Record<string, Schema>;
      const required = new Set((schema.required ?? []) as string[]);
      const out: Record<string, Json> = {};
      for (const [key, value] of Object.entries(properties)) {
        if (required.has(key) || random() < 0.5) out[key] = sample(value, random, depth + 1);
      }
      if (Object.keys(properties).length === 0 && schema.additionalProperties) out.key = sample(schema.additionalProperties as Schema, random, depth + 1);
      return out;
    }
    default:
      return 'any';
  }
}

/** Strings that have broken servers: NUL, line breaks, astral and RTL characters, escapes, huge ones. */
const NASTY_STRINGS: string[] = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  'line\r\nX-Injected: 1',
  '\n',
  '😀'.repeat(50),
  '\ud800',
  '\u202eevil',
  'ｆｕｌｌｗｉｄｔｈ',
  '%00',
  '%zz',
  '../../etc/passwd',
  "'; DROP TABLE accounts; --",
  '" OR 1=1 --',
  '<script>alert(1)</script>',
  '${jndi:ldap://x}',
  '{{$base_url}}',
  '0x7f.1',
  '169.254.169.254',
  'x'.repeat(300),
  'x'.repeat(20_000),
  '-1',
  '1e309',
  'null',
  '__proto__',
];

const NASTY_VALUES: Json[] = [
  null,
  true,
  0,
  -1,
  1.5,
  1e308,
  -0,
  Number.MAX_SAFE_INTEGER + 2,
  [],
  [null],
  {},
  { __proto__: { polluted: true } } as unknown as Json,
  { constructor: { prototype: { polluted: true } } },
  ...NASTY_STRINGS,
];

function nested(depth: number, leaf: Json): Json {
  let value = leaf;
  for (let i = 0; i < depth; i++) value = i % 2 ? [value] : { d: value };
  return value;
}

/** Bodies from a valid sample: each property replaced by each nasty value, removed, and the whole broken. */
export function bodyCases(schema: Schema, random: () => number): { label: string; body: string }[] {
  const valid = sample(schema, random) as Record<string, Json>;
  const cases: { label: string; body: string }[] = [{ label: 'valid sample', body: JSON.stringify(valid) }];
  const properties = Object.keys((schema.properties ?? {}) as Record<string, unknown>);
  for (const key of properties) {
    for (const value of NASTY_VALUES) {
      if (random() < 0.45) cases.push({ label: `${key} = ${JSON.stringify(value)?.slice(0, 40)}`, body: JSON.stringify({ ...valid, [key]: value }) });
    }
    cases.push({ label: `${key} missing`, body: JSON.stringify(Object.fromEntries(Object.entries(valid).filter(([k]) => k !== key))) });
    cases.push({ label: `${key} deep`, body: JSON.stringify({ ...valid, [key]: nested(40, 'leaf') }) });
    cases.push({ label: `${key} wide`, body: JSON.stringify({ ...valid, [key]: Object.fromEntries(Array.from({ length: 2000 }, (_, i) => [`k${i}`, i])) }) });
  }
  cases.push({ label: 'NUL key', body: JSON.stringify({ ...valid, 'a\u0000b': 1 }) });
  cases.push({ label: 'extra keys', body: JSON.stringify({ ...valid, unexpected: 'x', __proto__: 'y' }) });
  cases.push({ label: '5,000 deep', body: `${'{"d":'.repeat(5000)}1${'}'.repeat(5000)}` });
  cases.push({ label: '5,000 deep array', body: `${'['.repeat(5000)}${']'.repeat(5000)}` });
  cases.push({ label: 'huge string', body: JSON.stringify({ ...valid, [properties[0] ?? 'x']: 'x'.repeat(200_000) }) });
  for (const text of ['', '{', '}', '[]', '[1,2]', '"text"', 'null', '42', 'true', '{"a":}', '{"a":1,}', "{'a':1}", '\ufeff{}', '{"a":"\\ud800"}', '{"a":"\\u0000"}', 'NaN', '{"a":1e99999}']) {
    cases.push({ label: `malformed ${JSON.stringify(text).slice(0, 20)}`, body: text });
  }
  return cases;
}

/** Path parameter values: the fixture's real one, then broken ones. */
const PATH_VALUES = ['x', '0', '-1', '%00', 'a%00b', '%zz', '%', '%E0%A4%A', '..%2F..%2Fetc', '%2e%2e', 'a%2Fb', encodeURIComponent('😀'), encodeURIComponent('\u202e'), 'x'.repeat(3000), encodeURIComponent("' OR '1'='1"), '%0d%0aX:1', 'null', 'undefined', '__proto__', 'constructor'];

const QUERY_VALUES = ['', '0', '-1', '1e3', '999999999999', 'abc', '%00', '%zz', '%', 'a%00', encodeURIComponent('😀'), 'x'.repeat(5000), '%0d%0a', '[]', '{}', 'true'];

function authHeaders(security: Operation['security'], fixtures: Fixtures, variant: number): { label: string; headers: Record<string, string> } {
  const basic = (text: string) => `Basic ${Buffer.from(text).toString('base64')}`;
  const apiVariants: [string, Record<string, string>][] = [
    ['good key', { authorization: basic(`${fixtures.apiKey}:`) }],
    ['no auth', {}],
    ['wrong key', { authorization: basic('chk_wrong:') }],
    ['bearer wrong', { authorization: 'Bearer nope' }],
    ['bearer good', { authorization: `Bearer ${fixtures.apiKey}` }],
    ['basic not base64', { authorization: 'Basic %%%%' }],
    ['basic empty', { authorization: 'Basic ' }],
    ['scheme only', { authorization: 'Basic' }],
    ['unknown scheme', { authorization: 'Digest x' }],
    ['huge key', { authorization: basic(`${'k'.repeat(6000)}:`) }],
    ['latin1 key', { authorization: basic('ключ:') }],
    ['session token as key', { authorization: `Bearer ${fixtures.sessionToken}` }],
  ];
  const sessionVariants: [string, Record<string, string>][] = [
    ['good token', { 'x-hub-session-token': fixtures.sessionToken }],
    ['no token', {}],
    ['empty token', { 'x-hub-session-token': '' }],
    ['unknown token', { 'x-hub-session-token': 'chs_unknown' }],
    ['huge token', { 'x-hub-session-token': 't'.repeat(6000) }],
    ['api key as token', { 'x-hub-session-token': fixtures.apiKey }],
    ['token and key', { 'x-hub-session-token': fixtures.sessionToken, authorization: basic(`${fixtures.apiKey}:`) }],
  ];
  const variants = security === 'session' ? sessionVariants : apiVariants;
  // Mostly authenticated, so validation behind the auth check is reached.
  const [label, headers] = variant % 3 === 0 ? variants[Math.floor(variant / 3) % variants.length]! : variants[0]!;
  return { label, headers };
}

function pathFor(operation: Operation, fixtures: Fixtures, override?: string): string {
  return operation.path.replace(/\{([^}]+)\}/g, (_m, name: string) => override ?? encodeURIComponent(fixtures.pathValues[name] ?? 'x'));
}

/** Every case for one operation. */
export function operationCases(operation: Operation, fixtures: Fixtures, random: () => number): FuzzRequest[] {
  const cases: FuzzRequest[] = [];
  const name = `${operation.method} ${operation.path}`;
  let n = 0;
  const push = (label: string, path: string, body?: string, headers: Record<string, string> = {}, chunked?: number) => {
    const auth = authHeaders(operation.security, fixtures, n++);
    const contentType: Record<string, string> = body !== undefined && !('content-type' in headers) ? { 'content-type': 'application/json' } : {};
    cases.push({ label: `${name}: ${label} [${auth.label}]`, method: operation.method, path, headers: { ...auth.headers, ...contentType, ...headers }, ...(body === undefined ? {} : { body }), ...(chunked ? { chunked } : {}) });
  };
  const base = pathFor(operation, fixtures);
  const validBody = operation.body ? JSON.stringify(sample(operation.body, random)) : undefined;
  push('as documented', base, validBody);
  if (operation.path.includes('{')) for (const value of PATH_VALUES) push(`path = ${value.slice(0, 30)}`, pathFor(operation, fixtures, value), validBody);
  for (const parameter of operation.parameters.filter((p) => p.in === 'query')) {
    for (const value of QUERY_VALUES) push(`?${parameter.name}=${value.slice(0, 20)}`, `${base}?${parameter.name}=${value}`, validBody);
    push(`?${parameter.name} repeated`, `${base}?${parameter.name}=a&${parameter.name}=b&${parameter.name}=%00`, validBody);
  }
  push('unknown query', `${base}?page=%zz&x[]=%00&&=&%=`, validBody);
  if (operation.body) {
    for (const c of bodyCases(operation.body, random)) push(c.label, base, c.body);
    for (const contentType of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/json; charset=utf-16', 'application/xml', '']) {
      push(`content-type ${contentType || 'empty'}`, base, validBody, { 'content-type': contentType });
    }
    push('no body', base, undefined, { 'content-type': 'application/json' });
    push('chunked oversize', base, JSON.stringify({ pad: 'x'.repeat(300_000) }), {}, 16 * 1024);
    push('chunked small', base, validBody, {}, 7);
  } else {
    push('unexpected body', base, '{"x":1}');
  }
  return cases;
}

/** The routes the document does not describe: pages, bundles, assets, the sandbox providers, the demo backend. */
export function pageCases(random: () => number): FuzzRequest[] {
  const prefixes = ['/', '/link', '/embedded/integrations', '/embedded/accounts/callback', '/sdk/', '/assets/', '/dashboard/', '/dashboard', '/demo/', '/demo/api/', '/sandbox/', '/sandbox/hris/acme/v1/me', '/sandbox/ats/eu/v1/companies/1/me', '/logos/', '/connect/oauth2/', '/favicon.ico', '/nope/'];
  const suffixes = ['', 'index.html', 'define.js', 'connect-hub.js', '..%2F..%2Fpackage.json', '%2e%2e/%2e%2e/secret.key', '%zz', '%', '%00', 'a%00.js', encodeURIComponent('😀'), 'x'.repeat(3000), '?token=%00', '?token=', '?token=chs_unknown', '?token=' + 'x'.repeat(5000), '?return_url=javascript:alert(1)', '?%zz=%zz', 'sessions', 'sessions/%00'];
  const cases: FuzzRequest[] = [];
  for (const prefix of prefixes) {
    for (const suffix of suffixes) {
      for (const method of ['GET', 'HEAD', random() < 0.3 ? 'POST' : 'OPTIONS']) {
        cases.push({ label: `${method} ${prefix}${suffix.slice(0, 30)}`, method, path: `${prefix}${suffix}`, headers: method === 'POST' ? { 'content-type': 'application/json' } : {}, ...(method === 'POST' ? { body: '{"a":' } : {}) });
      }
    }
  }
  return cases;
}
