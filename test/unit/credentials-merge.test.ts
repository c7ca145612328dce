// mergeCredentials and hostNameProblem (src/server/services/credentials.ts): what a submitted credential form
// becomes, field by field, before anything is stored or any provider is called.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ConnectorDefinition } from '../../src/catalog/index.js';
import type { Field } from '../../src/contract/fields.js';
import { ApiError } from '../../src/server/errors.js';
import { allValues, hostNameProblem, mergeCredentials, NO_CREDENTIALS } from '../../src/server/services/credentials.js';

const REDACTED = '__secretvalue:**redacted**1234';

function connector(fields: Field[], extra: Partial<ConnectorDefinition> = {}): ConnectorDefinition {
  return { key: 'acme', name: 'Acme HR', category: 'hris', auth: { type: 'api_key' }, fields, ...extra } as ConnectorDefinition;
}

const TOKEN: Field = { key: 'api_token', label: 'API token', type: 'password', required: true };
const COMPANY: Field = { key: 'company', label: 'Company', type: 'text', secret: false, required: true };
const NOTE: Field = { key: 'note', label: 'Note', type: 'text', secret: false };

/** The ApiError mergeCredentials throws, with its code, message and field. */
function refusal(run: () => unknown): { code: string; message: string; field: unknown } {
  try {
    run();
  } catch (error) {
    assert.ok(error instanceof ApiError, `an ApiError, not ${String(error)}`);
    return { code: error.code, message: error.message, field: (error.details as { field?: unknown } | undefined)?.field };
  }
  assert.fail('the values were accepted');
}

describe('mergeCredentials', () => {
  it('splits secret from setup values: a password or any field not marked secret:false is secret', () => {
    const unmarked: Field = { key: 'client_key', label: 'Client key' };
    const merged = mergeCredentials(connector([TOKEN, COMPANY, unmarked]), { api_token: 't0k', company: 'acme', client_key: 'ck' });
    assert.deepEqual(merged, { setup: { company: 'acme' }, secrets: { api_token: 't0k', client_key: 'ck' } });
    assert.deepEqual(allValues(merged), { company: 'acme', api_token: 't0k', client_key: 'ck' });
  });

  it('refuses an unknown key, naming it and the keys the connector expects', () => {
    const { code, message, field } = refusal(() => mergeCredentials(connector([TOKEN, COMPANY]), { api_token: 't', company: 'c', stray: 'x' }));
    assert.equal(code, 'validation_failed');
    assert.equal(field, 'credentials.stray');
    assert.equal(message, 'credentials.stray: unknown credential key "stray" for Acme HR (expected: api_token, company)');
    assert.match(refusal(() => mergeCredentials(connector([]), { stray: 'x' })).message, /\(expected: none\)$/);
  });

  it('a required field missing, empty or only a placeholder with nothing stored is refused by name', () => {
    const definition = connector([TOKEN, COMPANY]);
    for (const submitted of <Record<string, string>[]>[{ company: 'acme' }, { company: 'acme', api_token: '' }, { company: 'acme', api_token: REDACTED }]) {
      const { code, message, field } = refusal(() => mergeCredentials(definition, submitted));
      assert.equal(code, 'validation_failed');
      assert.equal(field, 'credentials.api_token');
      assert.equal(message, 'credentials.api_token: API token is required');
    }
    assert.equal(refusal(() => mergeCredentials(definition, { api_token: 't' })).field, 'credentials.company');
  });

  it('an optional field left out or empty is simply absent, on either side', () => {
    const secretNote: Field = { key: 'pin', label: 'PIN', type: 'password' };
    const merged = mergeCredentials(connector([TOKEN, NOTE, secretNote]), { api_token: 't', note: '', pin: '' });
    assert.deepEqual(merged, { setup: {}, secrets: { api_token: 't' } });
    assert.equal(Object.hasOwn(merged.setup, 'note'), false);
  });

  it('"" and a redacted placeholder keep what is stored, each on its own side; a new value replaces it', () => {
    const definition = connector([TOKEN, COMPANY, NOTE]);
    const stored = { setup: { company: 'old co', note: 'kept' }, secrets: { api_token: 'old secret' } };
    assert.deepEqual(mergeCredentials(definition, { api_token: REDACTED, company: '' }, stored), stored);
    assert.deepEqual(mergeCredentials(definition, { api_token: 'new secret', company: 'new co' }, stored), {
      setup: { company: 'new co', note: 'kept' },
      secrets: { api_token: 'new secret' },
    });
    // A stored value is read from its own side only: a setup value never fills a secret field, nor the other way.
    const crossed = { setup: { api_token: 'wrong side' }, secrets: { company: 'wrong side' } };
    assert.equal(refusal(() => mergeCredentials(definition, { company: 'c' }, crossed)).field, 'credentials.api_token');
    assert.equal(refusal(() => mergeCredentials(definition, { api_token: 't' }, crossed)).field, 'credentials.company');
  });

  it('a stored empty value counts as no value: left out when optional, refused when required', () => {
    const stored = { setup: { note: '', company: '' }, secrets: {} };
    assert.deepEqual(mergeCredentials(connector([NOTE]), {}, stored), { setup: {}, secrets: {} });
    assert.equal(refusal(() => mergeCredentials(connector([COMPANY]), {}, stored)).field, 'credentials.company');
  });

  it('with nothing stored, the default is no credentials', () => {
    assert.deepEqual(NO_CREDENTIALS, { setup: {}, secrets: {} });
    assert.deepEqual(mergeCredentials(connector([NOTE]), {}), { setup: {}, secrets: {} });
  });

  it('a number field takes digits only', () => {
    const port: Field = { key: 'port', label: 'Port', type: 'number', secret: false };
    assert.deepEqual(mergeCredentials(connector([port]), { port: '8443' }).setup, { port: '8443' });
    for (const value of ['84a3', 'a8443', '8443a', '-1', '1.5', ' 1']) {
      const { code, message, field } = refusal(() => mergeCredentials(connector([port]), { port: value }));
      assert.equal(code, 'validation_failed', value);
      assert.equal(field, 'credentials.port');
      assert.equal(message, 'credentials.port: Port must be a whole number (digits only)');
    }
    // An optional number field left out is not checked; a text field with the same value is not held to digits.
    assert.deepEqual(mergeCredentials(connector([port, NOTE]), { note: 'n' }).setup, { note: 'n' });
    assert.deepEqual(mergeCredentials(connector([NOTE]), { note: '84a3' }).setup, { note: '84a3' });
  });

  it('a select takes one of its option values; a select without options takes any value', () => {
    const region: Field = { key: 'region', label: 'Region', type: 'select', secret: false, options: [{ value: 'eu', label: 'Europe' }, { value: 'us', label: 'US' }] };
    assert.deepEqual(mergeCredentials(connector([region]), { region: 'us' }).setup, { region: 'us' });
    const { message, field } = refusal(() => mergeCredentials(connector([region]), { region: 'Europe' }));
    assert.equal(field, 'credentials.region');
    assert.equal(message, 'credentials.region: Region must be one of eu, us');
    const open: Field = { key: 'region', label: 'Region', type: 'select', secret: false, options: [] };
    assert.deepEqual(mergeCredentials(connector([open]), { region: 'anything' }).setup, { region: 'anything' });
    const noOptions: Field = { key: 'region', label: 'Region', type: 'select', secret: false };
    assert.deepEqual(mergeCredentials(connector([noOptions]), { region: 'anything' }).setup, { region: 'anything' });
    // Options on a text field do not restrict it.
    const text: Field = { ...region, type: 'text' };
    assert.deepEqual(mergeCredentials(connector([text]), { region: 'elsewhere' }).setup, { region: 'elsewhere' });
  });

  it("an html-pattern validation is applied with the connector's error, or a default naming the field", () => {
    const withError: Field = { key: 'sub', label: 'Subdomain', secret: false, validation: { type: 'html-pattern', pattern: '^[a-z]+$', error: 'Letters only, please' } };
    assert.deepEqual(mergeCredentials(connector([withError]), { sub: 'acme' }).setup, { sub: 'acme' });
    const { code, message, field } = refusal(() => mergeCredentials(connector([withError]), { sub: 'Acme1' }));
    assert.equal(code, 'validation_failed');
    assert.equal(field, 'credentials.sub');
    assert.equal(message, 'credentials.sub: Letters only, please');

    const noError: Field = { ...withError, validation: { type: 'html-pattern', pattern: '^[a-z]+$', error: 42 } };
    assert.equal(refusal(() => mergeCredentials(connector([noError]), { sub: 'Acme1' })).message, 'credentials.sub: Subdomain does not have the expected format');
  });

  it('a validation of another type, without a text pattern, or with a pattern that does not compile, is ignored', () => {
    for (const validation of [
      { type: 'other', pattern: '^[a-z]+$' },
      { pattern: '^[a-z]+$' },
      { type: 'html-pattern', pattern: 7 },
      { type: 'html-pattern', pattern: '([a-z' },
    ]) {
      const sub: Field = { key: 'sub', label: 'Subdomain', secret: false, validation };
      assert.deepEqual(mergeCredentials(connector([sub]), { sub: 'Not Letters 1' }).setup, { sub: 'Not Letters 1' }, JSON.stringify(validation));
    }
  });

  it('formats are checked on the merged values: a stored value that breaks a rule is refused too', () => {
    const port: Field = { key: 'port', label: 'Port', type: 'number', secret: false };
    assert.equal(refusal(() => mergeCredentials(connector([port, NOTE]), { note: 'n' }, { setup: { port: 'x1' }, secrets: {} })).field, 'credentials.port');
    const pin: Field = { key: 'pin', label: 'PIN', type: 'password', validation: { type: 'html-pattern', pattern: '^\\d{4}$' } };
    assert.equal(refusal(() => mergeCredentials(connector([pin]), { pin: '12345' })).field, 'credentials.pin');
    assert.deepEqual(mergeCredentials(connector([pin]), { pin: '1234' }).secrets, { pin: '1234' });
  });
});

describe('mergeCredentials: fields that make a host the server calls', () => {
  const DOMAIN: Field = { key: 'domain', label: 'Okta domain', secret: false, required: true };
  const verifying = (url: string, fields: Field[] = [DOMAIN, TOKEN]) => connector(fields, { verify: { url, method: 'GET' } as ConnectorDefinition['verify'] });

  it('a public host name passes; an IP, a single word or an internal name is a 422 naming the field and the problem', () => {
    const definition = verifying('https://{{domain}}/api/v1/users/me');
    assert.deepEqual(mergeCredentials(definition, { domain: 'acme.okta.com', api_token: 't' }).setup, { domain: 'acme.okta.com' });
    const cases: [string, string][] = [
      ['169.254.169.254', 'is an IP address, not a host name'],
      ['intranet', 'is a single word, not a full host name'],
      ['metadata.google.internal', 'is an internal name, not on the public internet'],
      ['a..b.com', 'is not a host name'],
    ];
    for (const [domain, problem] of cases) {
      const { code, message, field } = refusal(() => mergeCredentials(definition, { domain, api_token: 't' }));
      assert.equal(code, 'unprocessable', domain);
      assert.equal(field, 'credentials.domain');
      assert.equal(message, `credentials.domain: Okta domain must give a public host name, and the address it makes ${problem}`);
    }
  });

  it('the host is made from every field in it, so a field that only completes a name is checked in that name', () => {
    const tenant: Field = { key: 'tenant', label: 'Tenant', secret: false, required: true };
    const definition = verifying('https://{{tenant}}.{{domain}}/api', [tenant, DOMAIN, TOKEN]);
    assert.deepEqual(mergeCredentials(definition, { tenant: 'acme', domain: 'example.com', api_token: 't' }).setup, { tenant: 'acme', domain: 'example.com' });
    const { field, message } = refusal(() => mergeCredentials(definition, { tenant: 'acme', domain: 'localhost', api_token: 't' }));
    // Named by the first of the connector's fields in the host.
    assert.equal(field, 'credentials.tenant');
    assert.match(message, /^credentials\.tenant: Tenant must give a public host name, and the address it makes is an internal name/);
  });

  it("the field named is the connector's first field in the host; a template key that is no field is named as it is", () => {
    const tenant: Field = { key: 'tenant', label: 'Tenant', secret: false, required: true };
    const definition = verifying('https://{{tenant}}.{{domain}}/api', [DOMAIN, tenant, TOKEN]);
    assert.equal(refusal(() => mergeCredentials(definition, { tenant: 'acme', domain: 'localhost', api_token: 't' })).field, 'credentials.domain');
    const unknown = verifying('https://{{region}}.example.com/api');
    const { field, message } = refusal(() => mergeCredentials(unknown, { domain: 'd', api_token: 't' }));
    assert.equal(field, 'credentials.region');
    assert.equal(message, 'credentials.region: region must give a public host name, and the address it makes is not a host name');
  });

  it('a field left out adds nothing to the host it is part of', () => {
    const suffix: Field = { key: 'suffix', label: 'Suffix', secret: false };
    const definition = verifying('https://api{{suffix}}.example.com/me', [suffix, TOKEN]);
    assert.deepEqual(mergeCredentials(definition, { api_token: 't' }).secrets, { api_token: 't' });
    assert.equal(refusal(() => mergeCredentials(definition, { api_token: 't', suffix: '_x' })).code, 'unprocessable');
  });

  it('the OAuth authorize and token URLs are checked like the verify URL', () => {
    for (const oauth of [
      { authorize_url: 'https://{{domain}}/oauth/authorize', token_url: 'https://auth.example.com/token' },
      { authorize_url: 'https://auth.example.com/authorize', token_url: 'https://{{domain}}/oauth/token' },
    ]) {
      const definition = connector([DOMAIN], { auth: { type: 'oauth2' }, oauth: oauth as ConnectorDefinition['oauth'] });
      assert.equal(refusal(() => mergeCredentials(definition, { domain: '10.0.0.5' })).code, 'unprocessable', JSON.stringify(oauth));
      assert.deepEqual(mergeCredentials(definition, { domain: 'acme.example.com' }).setup, { domain: 'acme.example.com' });
    }
  });

  it('is checked before the formats: an IP in a patterned host field is refused as an IP', () => {
    const patterned: Field = { ...DOMAIN, validation: { type: 'html-pattern', pattern: '^[a-z.]+$', error: 'Letters and dots' } };
    const { code, message } = refusal(() => mergeCredentials(verifying('https://{{domain}}/api', [patterned, TOKEN]), { domain: '10.0.0.5', api_token: 't' }));
    assert.equal(code, 'unprocessable');
    assert.match(message, /is an IP address/);
  });

  it('fields in the path or query, hosts from server variables, and fixed hosts are not host-checked', () => {
    const inPath = verifying('https://api.example.com/{{domain}}/me?d={{domain}}');
    assert.deepEqual(mergeCredentials(inPath, { domain: 'localhost', api_token: 't' }).setup, { domain: 'localhost' });
    const serverVariable = verifying('https://{{$sandbox_host}}/{{domain}}');
    assert.deepEqual(mergeCredentials(serverVariable, { domain: 'localhost', api_token: 't' }).setup, { domain: 'localhost' });
    const fixed = verifying('https://api.example.com/me');
    assert.deepEqual(mergeCredentials(fixed, { domain: 'localhost', api_token: 't' }).setup, { domain: 'localhost' });
    // A fixed host is the catalog's, not the user's: even a loopback one (the sandbox's) is not refused here.
    const loopback = verifying('http://127.0.0.1:8080/me');
    assert.deepEqual(mergeCredentials(loopback, { domain: 'd', api_token: 't' }).setup, { domain: 'd' });
    // A secret value is part of the host too when the template puts it there.
    const secretHost = verifying('https://{{api_token}}.example.com/me');
    assert.equal(refusal(() => mergeCredentials(secretHost, { domain: 'x', api_token: 'bad_label!' })).field, 'credentials.api_token');
  });
});

describe('hostNameProblem', () => {
  it('tells each kind of non-public name apart', () => {
    assert.equal(hostNameProblem('acme.okta.com'), undefined);
    assert.equal(hostNameProblem('ACME.Okta.COM'), undefined, 'case does not matter');
    assert.equal(hostNameProblem('xn--bcher-kva.xn--p1ai'), undefined, 'a punycode top label is a name');
    assert.equal(hostNameProblem(`${'a'.repeat(63)}.com`), undefined, 'a 63-character label is allowed');
    assert.equal(hostNameProblem(`${'a'.repeat(64)}.com`), 'is not a host name');
    assert.equal(hostNameProblem(`${'a.'.repeat(125)}com`), undefined, '253 characters');
    assert.equal(hostNameProblem(`${'a.'.repeat(125)}comx`), 'is not a host name', '254 characters');
    for (const host of ['-a.com', 'a-.com', 'a_b.com', 'a b.com', '.com', 'a.com.', '']) assert.equal(hostNameProblem(host), 'is not a host name', host);
    assert.equal(hostNameProblem('a-b.com'), undefined, 'an inner hyphen is allowed');
    assert.equal(hostNameProblem('localhost'), 'is a single word, not a full host name');
    for (const host of ['10.0.0.5', '2130706433.com1', 'a.b.c1', 'example.c', 'example.1com']) assert.equal(hostNameProblem(host), 'is an IP address, not a host name', host);
    assert.equal(hostNameProblem(`example.${'a'.repeat(63)}`), undefined);
    const internal = ['localhost', 'local', 'localdomain', 'internal', 'intranet', 'lan', 'home', 'corp', 'private', 'arpa', 'test', 'invalid', 'onion'];
    for (const host of [...internal.map((top) => `box.${top}`), 'router.home.arpa', 'Router.Home.Arpa', 'a.b.localhost'])
      assert.equal(hostNameProblem(host), 'is an internal name, not on the public internet', host);
    assert.equal(hostNameProblem('home.example.com'), undefined, 'an internal word below a public top label is fine');
  });
});
