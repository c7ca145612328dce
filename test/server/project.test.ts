import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ProjectConnector, ProjectConnectorList, ProjectSummary } from '../../src/contract/project.js';
import { IntegrationList } from '../../src/contract/hub.js';
import { CATALOG } from '../../src/catalog/index.js';
import { logosVersion } from '../../src/catalog/logos.js';
import { assertClientError, createSession, startTestServer, type TestServer } from './harness.js';

describe('Project API (/project)', () => {
  let t: TestServer;
  before(async () => {
    t = await startTestServer();
  });
  after(() => t.stop());

  it('GET /project names the key’s project and the categories of its enabled connectors', async () => {
    const result = await t.call('GET', '/project');
    assert.equal(result.status, 200, result.text);
    const summary = ProjectSummary.parse(result.body);
    assert.equal(summary.id, t.server.project.id);
    assert.equal(summary.name, t.server.project.name);
    assert.ok(summary.categories.includes('hris'));
    assert.ok(summary.categories.includes('ats'));
    assert.equal(new Set(summary.categories).size, summary.categories.length, 'each category once');
    assert.ok(summary.enabled_connector_count > 10);
  });

  it('GET /project/connectors lists the catalog with enabled flag, logo, category and auth type', async () => {
    const result = await t.call('GET', '/project/connectors');
    assert.equal(result.status, 200, result.text);
    const { connectors } = ProjectConnectorList.parse(result.body);
    const hris = connectors.find((c) => c.key === 'sandbox_hris');
    assert.ok(hris);
    assert.deepEqual(hris, {
      key: 'sandbox_hris',
      name: 'Sandbox HRIS',
      category: 'hris',
      auth_type: 'api_key',
      logo_url: `${t.server.publicUrl}/logos/sandbox_hris.svg?v=${logosVersion(CATALOG)}`,
      enabled: true,
      sandbox: true,
    });
    assert.ok(connectors.every((c) => c.enabled), 'a fresh project has every connector enabled');
    assert.ok(connectors.some((c) => c.auth_type === 'oauth2'));
    // Each connector's auth type is its catalog definition's, not one value for all.
    for (const c of connectors) assert.equal(c.auth_type, CATALOG.find((d) => d.key === c.key)?.auth.type, c.key);
    assert.equal(connectors.length, CATALOG.length);
  });

  it('PUT /project/connectors/:key disables a connector: the hub stops listing it at once, and re-enabling brings it back', async () => {
    const { token } = await createSession(t, { origin_owner_id: 'org-toggle' });
    const listed = async () =>
      IntegrationList.parse((await t.call('GET', '/hub/connectors', { token })).body).integrations.map((i) => i.provider);
    assert.ok((await listed()).includes('sandbox_ats'));

    const off = await t.call('PUT', '/project/connectors/sandbox_ats', { json: { enabled: false } });
    assert.equal(off.status, 200, off.text);
    assert.equal(ProjectConnector.parse(off.body).enabled, false);
    assert.ok(!(await listed()).includes('sandbox_ats'), 'the live session no longer lists it');
    const catalog = ProjectConnectorList.parse((await t.call('GET', '/project/connectors')).body).connectors;
    assert.equal(catalog.find((c) => c.key === 'sandbox_ats')?.enabled, false);
    assert.equal(catalog.find((c) => c.key === 'sandbox_hris')?.enabled, true);

    const on = await t.call('PUT', '/project/connectors/sandbox_ats', { json: { enabled: true } });
    assert.equal(ProjectConnector.parse(on.body).enabled, true);
    assert.ok((await listed()).includes('sandbox_ats'));
  });

  it('a category whose connectors are all disabled leaves the summary', async () => {
    const { connectors } = ProjectConnectorList.parse((await t.call('GET', '/project/connectors')).body);
    const scheduling = connectors.filter((c) => c.category === 'scheduling');
    assert.ok(scheduling.length > 0);
    for (const c of scheduling) await t.call('PUT', `/project/connectors/${c.key}`, { json: { enabled: false } });
    const summary = ProjectSummary.parse((await t.call('GET', '/project')).body);
    assert.ok(!summary.categories.includes('scheduling'));
    for (const c of scheduling) await t.call('PUT', `/project/connectors/${c.key}`, { json: { enabled: true } });
    assert.ok(ProjectSummary.parse((await t.call('GET', '/project')).body).categories.includes('scheduling'));
  });

  it('an unknown connector key is a 404; a bad body is a 400 naming the field', async () => {
    assertClientError(await t.call('PUT', '/project/connectors/no_such_thing', { json: { enabled: false } }), 404, /no_such_thing/);
    const bad = await t.call('PUT', '/project/connectors/sandbox_hris', { json: { enabled: 'no' } });
    assertClientError(bad, 400);
    assert.equal(bad.body.field, 'enabled');
    assert.match(String(bad.body.message), /^enabled:/);
    const missing = await t.call('PUT', '/project/connectors/sandbox_hris', { json: {} });
    assertClientError(missing, 400, /^enabled:/);
    assert.equal(missing.body.field, 'enabled');
    assertClientError(await t.call('PUT', '/project/connectors/sandbox_hris', { rawBody: '{' }), 400, /not valid JSON/);
  });

  it('every route needs the API key: missing or unknown is a 401, a session token is not a key', async () => {
    const { token } = await createSession(t);
    for (const [method, path] of [
      ['GET', '/project'],
      ['GET', '/project/connectors'],
      ['PUT', '/project/connectors/sandbox_hris'],
    ] as const) {
      const json = method === 'PUT' ? { enabled: false } : undefined;
      assertClientError(await t.call(method, path, { apiKey: null, json }), 401);
      assertClientError(await t.call(method, path, { apiKey: 'chk_wrong', json }), 401, /Unknown API key/);
      assertClientError(await t.call(method, path, { apiKey: null, token, json }), 401);
    }
    const still = ProjectConnectorList.parse((await t.call('GET', '/project/connectors')).body).connectors;
    assert.equal(still.find((c) => c.key === 'sandbox_hris')?.enabled, true, 'rejected calls changed nothing');
    assert.equal(t.server.apiKey, t.apiKey);
  });

  it('PATCH /project sets the allowed origins the hub settings report, and renames the project', async () => {
    const patched = await t.call('PATCH', '/project', { json: { allowed_origins: ['https://app.globex.test', 'http://localhost:3000'] } });
    assert.equal(patched.status, 200, patched.text);
    assert.deepEqual(ProjectSummary.parse(patched.body).allowed_origins, ['https://app.globex.test', 'http://localhost:3000']);
    const { token } = await createSession(t);
    const settings = await t.call('GET', '/hub/settings', { token });
    assert.deepEqual(settings.body.allowed_origins, ['https://app.globex.test', 'http://localhost:3000']);

    const renamed = await t.call('PATCH', '/project', { json: { name: 'Globex HR' } });
    assert.equal(ProjectSummary.parse(renamed.body).name, 'Globex HR');
    assert.deepEqual(ProjectSummary.parse(renamed.body).allowed_origins, ['https://app.globex.test', 'http://localhost:3000'], 'untouched keys stay');
  });

  it('PATCH /project rejects an origin with a path, a non-array, and an empty name, changing nothing', async () => {
    const before = ProjectSummary.parse((await t.call('GET', '/project')).body);
    assertClientError(await t.call('PATCH', '/project', { json: { allowed_origins: ['https://app.globex.test/embed'] } }), 400, /allowed_origins/);
    assertClientError(await t.call('PATCH', '/project', { json: { allowed_origins: 'https://app.globex.test' } }), 400, /allowed_origins/);
    assertClientError(await t.call('PATCH', '/project', { json: { name: '  ' } }), 400, /name/);
    assertClientError(await t.call('PATCH', '/project', { apiKey: null, json: { name: 'x' } }), 401);
    assert.deepEqual(ProjectSummary.parse((await t.call('GET', '/project')).body), before);
  });

  it('is listed in /openapi.json', async () => {
    const doc = (await t.call('GET', '/openapi.json', { apiKey: null })).body as { paths: Record<string, Record<string, unknown>>; components: { schemas: Record<string, unknown> } };
    assert.ok(doc.paths['/project']?.get);
    assert.ok(doc.paths['/project']?.patch);
    assert.ok(doc.paths['/project/connectors']?.get);
    assert.ok(doc.paths['/project/connectors/{key}']?.put);
    assert.ok(doc.components.schemas.ProjectSummary);
  });
});
