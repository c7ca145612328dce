import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { getConnector } from '../../src/catalog/index.js';
import { sandboxApp } from '../../src/sandbox/index.js';
import { renderVerifyRequest } from './templates.js';

function basic(username: string, password: string): string {
  return `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`;
}

/** Sends a request to the pretend providers as if they were mounted at /sandbox. */
function send(path: string, authorization?: string): Promise<Response> {
  return Promise.resolve(
    sandboxApp.request(path, { headers: authorization ? { authorization } : {} }),
  );
}

describe('sandbox HRIS provider', () => {
  it('answers "who am I" for the good key', async () => {
    const response = await send('/hris/acme/v1/me', 'Bearer sandbox_good');
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type') ?? '', /application\/json/);
    const body = (await response.json()) as { id: string; subdomain: string; company: { name: string } };
    assert.equal(body.subdomain, 'acme');
    assert.ok(body.id);
    assert.equal(body.company.name, 'Acme Ltd');
  });

  it('rejects a bad key, a missing key and a non-bearer scheme with a JSON 401', async () => {
    for (const authorization of ['Bearer sandbox_bad', undefined, 'Basic c2FuZGJveF9nb29kOg==', 'Bearer ']) {
      const response = await send('/hris/globex/v1/me', authorization);
      assert.equal(response.status, 401, String(authorization));
      assert.match(response.headers.get('www-authenticate') ?? '', /^Bearer /);
      assert.deepEqual(await response.json(), {
        statusCode: 401,
        error: 'invalid_api_key',
        message: 'The API key is not valid for globex',
      });
    }
  });
});

describe('sandbox ATS provider', () => {
  it('answers "who am I" for demo / sandbox_good in either region', async () => {
    for (const region of ['eu', 'us']) {
      const response = await send(`/ats/${region}/v1/companies/4200/me`, basic('demo', 'sandbox_good'));
      assert.equal(response.status, 200);
      const body = (await response.json()) as { username: string; region: string; company: { id: number } };
      assert.equal(body.username, 'demo');
      assert.equal(body.region, region);
      assert.equal(body.company.id, 4200);
    }
  });

  it('rejects a wrong password, a wrong username and a bearer token with a JSON 401', async () => {
    for (const authorization of [basic('demo', 'nope'), basic('admin', 'sandbox_good'), 'Bearer sandbox_good', 'Basic !!']) {
      const response = await send('/ats/eu/v1/companies/7/me', authorization);
      assert.equal(response.status, 401, authorization);
      const body = (await response.json()) as { error: string; message: string };
      assert.equal(body.error, 'invalid_credentials');
      assert.match(body.message, /company 7/);
    }
  });

  it('answers unknown regions, non-numeric companies and other paths with a JSON 404', async () => {
    for (const path of ['/ats/asia/v1/companies/1/me', '/ats/eu/v1/companies/abc/me', '/crm/v1/me']) {
      const response = await send(path, basic('demo', 'sandbox_good'));
      assert.equal(response.status, 404, path);
      const body = (await response.json()) as { error: string };
      assert.equal(body.error, 'not_found');
    }
  });
});

describe('sandbox connectors reach their pretend providers through their verify templates', () => {
  // The server mounts sandboxApp at /sandbox; here the app is called directly, so strip that prefix.
  async function verifyAgainstSandbox(connectorKey: string, values: Record<string, string>): Promise<Response> {
    const def = getConnector(connectorKey);
    assert.ok(def?.verify);
    const request = renderVerifyRequest(def.verify, values, 'http://hub.test');
    const url = new URL(request.url);
    assert.ok(url.pathname.startsWith('/sandbox/'), url.pathname);
    return sandboxApp.request(url.pathname.slice('/sandbox'.length) + url.search, {
      method: request.method,
      headers: request.headers,
    });
  }

  it('sandbox_hris: good key accepted, bad key rejected', async () => {
    assert.equal((await verifyAgainstSandbox('sandbox_hris', { subdomain: 'acme', api_key: 'sandbox_good' })).status, 200);
    const rejected = await verifyAgainstSandbox('sandbox_hris', { subdomain: 'acme', api_key: 'wrong' });
    assert.equal(rejected.status, 401);
    assert.equal(((await rejected.json()) as { error: string }).error, 'invalid_api_key');
  });

  it('sandbox_ats: good pair accepted, bad password rejected', async () => {
    const values = { region: 'us', company_id: '12', username: 'demo', password: 'sandbox_good' };
    assert.equal((await verifyAgainstSandbox('sandbox_ats', values)).status, 200);
    assert.equal((await verifyAgainstSandbox('sandbox_ats', { ...values, password: 'x' })).status, 401);
  });
});
