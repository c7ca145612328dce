import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CATALOG, connectorsByCategory, getConnector, isOAuthConnector } from '../../src/catalog/index.js';
import { ConnectorDefinition } from '../../src/catalog/schema.js';
import { ACCOUNTING_CONNECTORS } from '../../src/catalog/connectors/accounting.js';
import { ATS_CONNECTORS } from '../../src/catalog/connectors/ats.js';
import { CRM_CONNECTORS } from '../../src/catalog/connectors/crm.js';
import { DOCUMENTS_CONNECTORS } from '../../src/catalog/connectors/documents.js';
import { HRIS_CONNECTORS } from '../../src/catalog/connectors/hris.js';
import { IAM_CONNECTORS } from '../../src/catalog/connectors/iam.js';
import { LMS_CONNECTORS } from '../../src/catalog/connectors/lms.js';
import { MARKETING_CONNECTORS } from '../../src/catalog/connectors/marketing.js';
import { MESSAGING_CONNECTORS } from '../../src/catalog/connectors/messaging.js';
import { SANDBOX_CONNECTORS } from '../../src/catalog/connectors/sandbox.js';
import { SCHEDULING_CONNECTORS } from '../../src/catalog/connectors/scheduling.js';
import { TICKETING_CONNECTORS } from '../../src/catalog/connectors/ticketing.js';
import { FIELD_TYPES, Field, Notice, isSecretField } from '../../src/contract/fields.js';
import { oauthTemplates, placeholders, verifyTemplates } from './templates.js';

const RAW_DEFINITIONS = [
  ...SANDBOX_CONNECTORS,
  ...HRIS_CONNECTORS,
  ...ATS_CONNECTORS,
  ...CRM_CONNECTORS,
  ...IAM_CONNECTORS,
  ...TICKETING_CONNECTORS,
  ...ACCOUNTING_CONNECTORS,
  ...MESSAGING_CONNECTORS,
  ...DOCUMENTS_CONNECTORS,
  ...MARKETING_CONNECTORS,
  ...LMS_CONNECTORS,
  ...SCHEDULING_CONNECTORS,
];
const REAL = CATALOG.filter((def) => !def.sandbox);
const SANDBOX = CATALOG.filter((def) => def.sandbox);
// Field keys travel as raw query parameter names of the OAuth popup URL next to these (CONTRACT.md §3.1).
const RESERVED_KEYS = new Set(['token', 'redirect_uri', 'connection_attempt_id']);

function eachField(run: (def: ConnectorDefinition, field: Field) => void): void {
  for (const def of CATALOG) for (const field of def.fields) run(def, field);
}

describe('connector catalog: shape', () => {
  it('registers every definition of every category file, and each parses', () => {
    assert.equal(CATALOG.length, RAW_DEFINITIONS.length);
    for (const raw of RAW_DEFINITIONS) {
      const parsed = ConnectorDefinition.safeParse(raw);
      assert.ok(parsed.success, `${raw.key}: ${parsed.error?.message}`);
      for (const field of raw.fields) assert.ok(Field.safeParse(field).success, `${raw.key}.${field.key}`);
      for (const notice of raw.notices ?? []) assert.ok(Notice.safeParse(notice).success, `${raw.key} notice`);
    }
  });

  it('has unique, URL-safe connector keys that getConnector finds', () => {
    const keys = CATALOG.map((def) => def.key);
    assert.equal(new Set(keys).size, keys.length, 'duplicate connector key');
    for (const key of keys) {
      assert.match(key, /^[a-z0-9_]+$/);
      assert.equal(getConnector(key)?.key, key);
    }
    assert.equal(getConnector('no_such_provider'), undefined);
  });

  it('has at least 30 real connectors across at least 6 categories', () => {
    assert.ok(REAL.length >= 30, `only ${REAL.length} real connectors`);
    const categories = new Set(REAL.map((def) => def.category));
    assert.ok(categories.size >= 6, `only ${categories.size} categories`);
    for (const category of ['hris', 'ats', 'crm', 'iam', 'ticketing', 'accounting']) {
      assert.ok(categories.has(category as ConnectorDefinition['category']), `no ${category} connector`);
    }
  });

  it('groups connectors by category without losing any', () => {
    const groups = connectorsByCategory();
    const total = [...groups.values()].reduce((sum, members) => sum + members.length, 0);
    assert.equal(total, CATALOG.length);
    for (const [category, members] of groups) {
      assert.ok(members.every((def) => def.category === category), category);
    }
  });

  it('names every connector and links real ones to the provider docs over https', () => {
    for (const def of CATALOG) {
      assert.ok(def.name.trim().length > 0, def.key);
      if (!def.sandbox) assert.match(def.support?.link ?? '', /^https:\/\/[^\s]+$/, `${def.key} support link`);
    }
  });

  it('names real simple-icons slugs only', () => {
    const require = createRequire(import.meta.url);
    const iconsDir = require.resolve('simple-icons/icons.json').replace(/data\/simple-icons\.json$/, 'icons/');
    const withIcons = CATALOG.filter((def) => def.logo?.simple_icon);
    assert.ok(withIcons.length >= 10, 'expected many brand logos');
    for (const def of withIcons) {
      assert.ok(existsSync(`${iconsDir}${def.logo!.simple_icon}.svg`), `${def.key}: no simple-icon ${def.logo!.simple_icon}`);
    }
  });
});

describe('connector catalog: fields', () => {
  it('uses URL-safe, non-reserved field keys, unique within a connector', () => {
    for (const def of CATALOG) {
      const keys = def.fields.map((field) => field.key);
      assert.equal(new Set(keys).size, keys.length, `${def.key}: duplicate field key`);
      for (const key of keys) {
        assert.match(key, /^[a-z0-9_]+$/, `${def.key}.${key}`);
        assert.ok(!RESERVED_KEYS.has(key), `${def.key}.${key} is reserved`);
      }
    }
  });

  it('says secret:false explicitly on every non-password field that is not secret', () => {
    eachField((def, field) => {
      const where = `${def.key}.${field.key}`;
      if (field.type === 'password') {
        assert.notEqual(field.secret, false, `${where}: a password field is always secret`);
      } else {
        assert.equal(typeof field.secret, 'boolean', `${where}: say secret:true or secret:false`);
      }
    });
  });

  it('gives every field a known type, a label, a placeholder and a guide', () => {
    eachField((def, field) => {
      const where = `${def.key}.${field.key}`;
      assert.ok((FIELD_TYPES as readonly string[]).includes(field.type ?? ''), `${where}: type ${field.type}`);
      assert.equal(typeof field.required, 'boolean', `${where}: required`);
      assert.ok(field.label.trim(), `${where}: label`);
      assert.ok(field.placeholder?.trim(), `${where}: placeholder`);
      assert.ok((field.guide?.description ?? '').length > 10, `${where}: guide.description`);
      assert.equal(field.condition, undefined, `${where}: conditions are resolved by the server, never sent`);
    });
  });

  it('gives selects options whose default is one of them', () => {
    eachField((def, field) => {
      if (field.type !== 'select') return;
      const values = (field.options ?? []).map((option) => option.value);
      assert.ok(values.length >= 2, `${def.key}.${field.key}: options`);
      if (field.value !== undefined) assert.ok(values.includes(String(field.value)), `${def.key}.${field.key}: default`);
    });
  });

  it('writes validations as anchored html-patterns that compile', () => {
    let count = 0;
    eachField((def, field) => {
      if (field.validation === undefined) return;
      count++;
      const where = `${def.key}.${field.key}`;
      const validation = field.validation as { type?: unknown; pattern?: unknown; error?: unknown };
      assert.equal(validation.type, 'html-pattern', where);
      assert.equal(typeof validation.pattern, 'string', where);
      const source = validation.pattern as string;
      // The StackOne client tests the pattern unanchored, so it must anchor itself.
      assert.ok(source.startsWith('^') && source.endsWith('$'), `${where}: anchor ${source}`);
      assert.doesNotThrow(() => new RegExp(source), where);
      assert.ok(typeof validation.error === 'string' && validation.error.length > 0, `${where}: error message`);
    });
    assert.ok(count >= 15, `only ${count} fields carry a validation`);
  });

  it('rejects malformed values with those patterns and accepts good ones', () => {
    const cases: [string, string, string[], string[]][] = [
      ['bamboohr', 'company_domain', ['acme', 'acme-corp'], ['https://acme.bamboohr.com', 'Acme Corp']],
      ['okta', 'okta_domain', ['acme.okta.com', 'login.acme.co.uk', 'xn--bcher-kva.example'], ['https://acme.okta.com', 'acme', 'acme.okta.com/', '169.254.169.254', '10.0.0.5', '0x7f.1', '2130706433', 'acme.okta.com:8080']],
      ['zendesk', 'email', ['jane@acme.com'], ['jane', 'jane@acme']],
      ['twilio', 'account_sid', ['AC0123456789abcdef0123456789abcdef'], ['SK0123456789abcdef0123456789abcdef', 'AC123']],
      ['pipedrive', 'api_token', ['0123456789abcdef0123456789abcdef01234567'], ['xyz']],
    ];
    for (const [key, fieldKey, good, bad] of cases) {
      const field = getConnector(key)?.fields.find((candidate) => candidate.key === fieldKey);
      assert.ok(field, `${key}.${fieldKey}`);
      const regex = new RegExp((field.validation as { pattern: string }).pattern);
      for (const value of good) assert.ok(regex.test(value), `${key}.${fieldKey} should accept ${value}`);
      for (const value of bad) assert.ok(!regex.test(value), `${key}.${fieldKey} should reject ${value}`);
    }
  });

  it('keeps every field reachable: no hidden required field without a value', () => {
    eachField((def, field) => {
      if (field.display === false && field.required) {
        assert.ok(field.value !== undefined && field.value !== '', `${def.key}.${field.key} can never be filled`);
      }
    });
  });
});

describe('connector catalog: auth', () => {
  it('gives OAuth connectors https oauth endpoints and no verify request', () => {
    const oauth = CATALOG.filter(isOAuthConnector);
    assert.ok(oauth.length >= 10, `only ${oauth.length} OAuth connectors`);
    for (const def of oauth) {
      assert.ok(def.oauth, `${def.key}: oauth endpoints`);
      // Sandbox OAuth runs on loopback beside the server, reached through {{$sandbox_oauth_url}}.
      const scheme = def.sandbox ? /^\{\{\$sandbox_oauth_url\}\}\// : /^https:\/\//;
      assert.match(def.oauth.authorize_url, scheme, def.key);
      assert.match(def.oauth.token_url, scheme, def.key);
      assert.ok(Array.isArray(def.oauth.scopes), def.key);
      assert.equal(def.verify, undefined, `${def.key}: OAuth connectors are checked by the token exchange`);
      // An end-user client (Docebo) has its secret typed in the form; it goes to the token endpoint only.
      const secretAllowed = def.oauth.client === 'end_user' ? ['client_secret'] : [];
      assert.ok(def.fields.every((field) => !isSecretField(field) || secretAllowed.includes(field.key)), `${def.key}: OAuth fields go into a URL, never secret`);
      if (def.oauth.client === 'end_user') {
        assert.deepEqual(def.fields.filter((field) => ['client_id', 'client_secret'].includes(field.key)).map((field) => [field.key, isSecretField(field), field.required]), [
          ['client_id', false, true],
          ['client_secret', true, true],
        ], `${def.key}: the end user's client is a required id and a required secret`);
      }
    }
  });

  it('gives every credential connector a verify request and no oauth endpoints', () => {
    const credential = CATALOG.filter((def) => !isOAuthConnector(def));
    assert.ok(credential.length >= 20, `only ${credential.length} credential connectors`);
    for (const def of credential) {
      assert.ok(def.verify, `${def.key}: verify request`);
      assert.equal(def.oauth, undefined, def.key);
      assert.ok(def.fields.some(isSecretField), `${def.key}: has no secret to verify`);
      if (!def.sandbox) assert.match(def.verify.url, /^https:\/\/[^/]+/, `${def.key}: verify over https`);
      assert.ok((def.verify.success_statuses ?? [200]).every((status) => status >= 200 && status < 300), def.key);
    }
  });

  it('only references existing field keys in templates, and uses every field', () => {
    for (const def of CATALOG) {
      const fieldKeys = new Set(def.fields.map((field) => field.key));
      const templates = def.verify ? verifyTemplates(def.verify) : oauthTemplates(def);
      const used = new Set(templates.flatMap(placeholders));
      for (const name of used) {
        if (name === '$base_url' || name === '$sandbox_oauth_url') {
          assert.ok(def.sandbox, `${def.key}: only sandbox connectors talk to this server`);
          continue;
        }
        assert.ok(fieldKeys.has(name), `${def.key}: template references unknown field {{${name}}}`);
      }
      // An end-user OAuth client's id and secret go to the provider as the client, not through a template.
      if (def.oauth?.client === 'end_user') for (const key of ['client_id', 'client_secret']) used.add(key);
      for (const key of fieldKeys) assert.ok(used.has(key), `${def.key}: field ${key} is never sent to the provider`);
    }
  });

  it('lets only validated, non-secret values shape a provider host name', () => {
    for (const def of REAL) {
      const urls = def.verify ? [def.verify.url] : oauthTemplates(def);
      for (const url of urls) {
        const host = /^https:\/\/([^/]+)/.exec(url)?.[1] ?? '';
        for (const name of placeholders(host)) {
          const field = def.fields.find((candidate) => candidate.key === name)!;
          const guarded = field.type === 'select' || field.validation !== undefined;
          assert.ok(guarded, `${def.key}: {{${name}}} shapes the host, so it needs a pattern or a fixed list`);
          assert.ok(!isSecretField(field), `${def.key}: a secret must never be part of a host name`);
        }
      }
    }
  });
});

describe('connector catalog: sandbox connectors', () => {
  it('has sandbox connectors in at least two categories, found by searching "sandbox"', () => {
    assert.ok(new Set(SANDBOX.map((def) => def.category)).size >= 2);
    for (const def of SANDBOX) {
      assert.match(def.name, /^Sandbox /);
      if (!isOAuthConnector(def)) assert.match(def.verify?.url ?? '', /^\{\{\$base_url\}\}\/sandbox\//);
    }
  });

  it('keeps sandbox_hris as the server and hub expect it', () => {
    const hris = getConnector('sandbox_hris');
    assert.ok(hris?.sandbox);
    assert.equal(hris.category, 'hris');
    const byKey = new Map(hris.fields.map((field) => [field.key, field]));
    assert.equal(byKey.get('api_key')?.type, 'password');
    assert.equal(byKey.get('api_key')?.required, true);
    assert.ok(isSecretField(byKey.get('api_key')!));
    assert.equal(byKey.get('subdomain')?.secret, false);
    assert.equal(byKey.get('subdomain')?.required, true);
  });

  it('makes sandbox_ats exercise every field type and a top notice', () => {
    const ats = getConnector('sandbox_ats');
    assert.ok(ats?.sandbox);
    assert.equal(ats.category, 'ats');
    assert.equal(ats.auth.type, 'basic');
    assert.deepEqual(new Set(ats.fields.map((field) => field.type)), new Set(['text', 'password', 'select', 'number']));
    const byKey = new Map(ats.fields.map((field) => [field.key, field]));
    assert.equal(byKey.get('username')?.secret, false);
    assert.ok(isSecretField(byKey.get('password')!));
    assert.deepEqual(byKey.get('region')?.options?.map((option) => option.value), ['eu', 'us']);
    assert.equal(byKey.get('company_id')?.type, 'number');
    assert.ok(ats.notices?.some((notice) => !notice.anchor && (notice.position ?? 'top') === 'top'));
    assert.deepEqual(ats.verify?.basic, { username: '{{username}}', password: '{{password}}' });
  });
});
