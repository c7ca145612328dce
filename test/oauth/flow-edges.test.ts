import assert from 'node:assert/strict';
import { after, afterEach, before, describe, it } from 'node:test';
import { ConnectionAttempt } from '../../src/contract/index.js';
import type { ConnectionAttemptRow } from '../../src/server/db/schema.js';
import { assertEncryptedAtRest } from '../server/at-rest.js';
import { startTestServer, type TestServer } from '../server/harness.js';
import { DOCEBO, pretendDocebo } from './pretend-providers.js';
import { get, newAttempt, query, runPopup, startOAuthTestBed, startUrl, type OAuthTestBed } from './support.js';

// The OAuth flow where its reads and writes meet something else: an end user's own client (Docebo), the hub
// cancelling or a second delivery of the same answer landing between the flow's read of the attempt and its write,
// a failure that is the server's and not the provider's, and the server's own sandbox sign-in reached through the
// public URL. The real server on a real store (SQLite, or PostgreSQL under scripts/with-postgres.mjs); the races are
// made exact by running the other request inside one of the server's own service calls.

const docebo = pretendDocebo();

let bed: OAuthTestBed;
/** Runs once before the next token request reaches the sandbox provider (the code exchange in flight). */
let beforeTokenRequest: (() => Promise<void>) | undefined;

before(async () => {
  bed = await startOAuthTestBed({
    overrides: {
      fetch: async (input, init) => {
        const request = new Request(input, init);
        if (docebo.handles(request.url)) return docebo.fetch(request);
        const hook = beforeTokenRequest;
        if (hook && request.url.endsWith('/token')) {
          beforeTokenRequest = undefined;
          await hook();
        }
        return fetch(request);
      },
      resolve: async () => [{ address: '93.184.216.34', family: 4 }],
    },
  });
  const enabled = await bed.t.call('PUT', '/project/connectors/docebo', { json: { enabled: true } });
  assert.equal(enabled.status, 200, enabled.text);
});
after(() => bed.stop());
afterEach(() => {
  beforeTokenRequest = undefined;
});

async function attemptOf(token: string, attemptId: string): Promise<ConnectionAttempt> {
  const read = await bed.t.call('GET', `/hub/connection_attempts/${attemptId}`, { token });
  assert.equal(read.status, 200, read.text);
  return ConnectionAttempt.parse(read.body);
}

async function cancel(token: string, attemptId: string): Promise<void> {
  const cancelled = await bed.t.call('DELETE', `/hub/connection_attempts/${attemptId}`, { token });
  assert.equal(cancelled.status, 204, cancelled.text);
}

async function assertPage(response: Response, status: number, text: RegExp): Promise<string> {
  const body = await response.text();
  assert.equal(response.status, status, body);
  assert.match(response.headers.get('content-type') ?? '', /text\/html/);
  assert.equal(response.headers.get('location'), null);
  assert.match(body, text);
  return body;
}

/** Our start URL, then the sandbox provider's authorize: the callback URL the provider sends the browser to. */
async function toCallback(token: string, attemptId: string): Promise<string> {
  const start = await get(startUrl(bed.t, { token, attemptId }));
  assert.equal(start.status, 302, await start.clone().text());
  const authorize = await get(start.headers.get('location')!);
  assert.equal(authorize.status, 302);
  return authorize.headers.get('location')!;
}

async function rowsOf(owner: string): Promise<{ accounts: number; tokens: number }> {
  const accounts = await query<{ id: string }>(bed.t, 'select id from accounts where origin_owner_id = ?', owner);
  const tokens = await query(bed.t, 'select account_id from oauth_tokens where account_id in (select id from accounts where origin_owner_id = ?)', owner);
  return { accounts: accounts.length, tokens: tokens.length };
}

/** Replaces one method of a live service of the server for one test; gives back the original. */
function replace<T extends object, K extends keyof T>(service: T, name: K, by: (original: T[K]) => T[K]): () => void {
  const original = service[name];
  service[name] = by(typeof original === 'function' ? (original.bind(service) as T[K]) : original);
  return () => {
    service[name] = original;
  };
}

describe("an end user's own OAuth client (Docebo)", () => {
  it('the start sends its client id and seals its secret to the attempt; the code exchange authenticates with that secret', async () => {
    const { token, attemptId } = await newAttempt(bed.t, { origin_owner_id: 'edges-docebo' });
    const start = await get(startUrl(bed.t, { token, attemptId, integration: 'docebo', fields: DOCEBO }));
    assert.equal(start.status, 302, await start.clone().text());
    const authorizeUrl = new URL(start.headers.get('location')!);
    assert.equal(`${authorizeUrl.origin}${authorizeUrl.pathname}`, docebo.options.authorizeUrl);
    assert.equal(authorizeUrl.searchParams.get('client_id'), DOCEBO.client_id, "the form's client, not an operator's app (there is none)");
    assert.equal(authorizeUrl.searchParams.get('scope'), 'api');
    const [row] = await query<Pick<ConnectionAttemptRow, 'secrets_ciphertext' | 'setup_information'>>(
      bed.t,
      'select secrets_ciphertext, setup_information from connection_attempts where id = ?',
      attemptId,
    );
    assert.deepEqual(JSON.parse(assertEncryptedAtRest(bed.t, row!.secrets_ciphertext, `attempt-secrets:${attemptId}`)), { client_secret: DOCEBO.client_secret });
    assert.deepEqual(JSON.parse(row!.setup_information!), { platform_domain: DOCEBO.platform_domain, client_id: DOCEBO.client_id });

    docebo.seen.length = 0;
    const callback = await get(docebo.authorize(authorizeUrl).href);
    assert.equal(callback.status, 302, await callback.clone().text());
    assert.equal(new URL(callback.headers.get('location')!).searchParams.get('status'), 'authenticated');
    const exchange = docebo.seen.find((seen) => seen.form.grant_type === 'authorization_code');
    assert.equal(exchange?.form.client_id, DOCEBO.client_id);
    assert.equal(exchange?.form.client_secret, DOCEBO.client_secret, 'the secret sealed at the start');
    assert.equal((await attemptOf(token, attemptId)).status, 'authenticated');
  });
});

describe('the attempt ends between two of the flow’s reads and writes', () => {
  it('cancelled in the hub while the start binds it: 409 page, no provider URL, the attempt stays cancelled', async () => {
    const { token, attemptId } = await newAttempt(bed.t, { origin_owner_id: 'edges-cancel-at-start' });
    // The connector lookup runs after the attempt was read as pending and before the bind writes it.
    const restore = replace(bed.t.server.services.connectors, 'enabledForSession', (original) => async (hub) => {
      const enabled = await original(hub);
      await cancel(token, attemptId);
      return enabled;
    });
    let page: string;
    try {
      page = await assertPage(await get(startUrl(bed.t, { token, attemptId })), 409, /The connection attempt was cancelled or expired meanwhile\./);
    } finally {
      restore();
    }
    assert.match(page, /This sign-in has ended/);
    assert.deepEqual(await attemptOf(token, attemptId), { id: attemptId, status: 'cancelled', account: null, error: null });
    const [row] = await query<Pick<ConnectionAttemptRow, 'state_hash' | 'provider'>>(bed.t, 'select state_hash, provider from connection_attempts where id = ?', attemptId);
    assert.deepEqual({ ...row }, { state_hash: null, provider: null }, 'nothing was bound');
  });

  it('one answer delivered twice at once: the second finds its state taken after reading it, gets a 400 page, and exchanges nothing', async () => {
    const owner = 'edges-double-delivery';
    const { token, attemptId } = await newAttempt(bed.t, { origin_owner_id: owner });
    const callback = await toCallback(token, attemptId);
    const exchanges = bed.provider.tokenRequests.authorization_code ?? 0;
    // The first delivery has read the attempt (state matching, pending); the other runs to its end before it writes.
    let other: Promise<Response> | undefined;
    const restore = replace(bed.t.server.services.oauth.attempts, 'withExpiry', (original) => async (row) => {
      const current = await original(row);
      if (!other) {
        other = get(callback);
        await other;
      }
      return current;
    });
    let first: Response;
    try {
      first = await get(callback);
    } finally {
      restore();
    }
    const second = await other!;
    assert.equal(second.status, 302, await second.clone().text());
    assert.equal(new URL(second.headers.get('location')!).searchParams.get('status'), 'authenticated');
    await assertPage(first, 400, /It was already used\. Start again from the hub\./);
    assert.equal(bed.provider.tokenRequests.authorization_code, exchanges + 1, 'one code exchange, by the delivery that got the state');
    assert.equal((await attemptOf(token, attemptId)).status, 'authenticated');
    assert.deepEqual(await rowsOf(owner), { accounts: 1, tokens: 1 });
  });

  it('cancelled in the hub while the code is exchanged: 409 page, and no account or tokens are kept', async () => {
    const owner = 'edges-cancel-in-exchange';
    const { token, attemptId } = await newAttempt(bed.t, { origin_owner_id: owner });
    const callback = await toCallback(token, attemptId);
    beforeTokenRequest = () => cancel(token, attemptId);
    const page = await assertPage(await get(callback), 409, /It was cancelled in the hub, so nothing was changed\./);
    assert.match(page, /This sign-in has ended/);
    assert.equal(beforeTokenRequest, undefined, 'the cancel ran during the exchange');
    assert.deepEqual(await attemptOf(token, attemptId), { id: attemptId, status: 'cancelled', account: null, error: null });
    assert.deepEqual(await rowsOf(owner), { accounts: 0, tokens: 0 }, 'the account and its tokens are written in one transaction with the attempt, and rolled back');
  });
});

describe('a failure that is the server’s, not the provider’s: a 500 page, logged as what it is', () => {
  const DOWN = 'the database is down';
  const down = () => async (): Promise<never> => {
    throw new Error(DOWN);
  };

  function logSince(lines: number): string {
    return bed.t.logLines.slice(lines).join('\n');
  }

  it('reading the link at the start', async () => {
    const { token, attemptId } = await newAttempt(bed.t);
    const lines = bed.t.logLines.length;
    const restore = replace(bed.t.server.services.sessions, 'authenticate', down);
    try {
      await assertPage(await get(startUrl(bed.t, { token, attemptId })), 500, /went wrong/i);
    } finally {
      restore();
    }
    assert.match(logSince(lines), new RegExp(`Error: ${DOWN}`));
    assert.equal((await attemptOf(token, attemptId)).status, 'pending');
  });

  it('reading the OAuth client for the code exchange: not counted or recorded as a failed exchange', async () => {
    const { token, attemptId } = await newAttempt(bed.t, { origin_owner_id: 'edges-client-down' });
    const callback = await toCallback(token, attemptId);
    const lines = bed.t.logLines.length;
    const restore = replace(bed.t.server.services.oauth.clients, 'credentials', down);
    try {
      await assertPage(await get(callback), 500, /went wrong/i);
    } finally {
      restore();
    }
    assert.match(logSince(lines), new RegExp(`"oauth /connect/oauth2/sandbox_crm/callback: Error: ${DOWN}"`));
    assert.doesNotMatch(logSince(lines), /code exchange for attempt/);
  });

  it('saving the account: a 500, not the page of an attempt cancelled meanwhile', async () => {
    const owner = 'edges-save-down';
    const { token, attemptId } = await newAttempt(bed.t, { origin_owner_id: owner });
    const callback = await toCallback(token, attemptId);
    const lines = bed.t.logLines.length;
    const restore = replace(bed.t.server.services.accountServices.oauth, 'saveFromOAuth', down);
    try {
      await assertPage(await get(callback), 500, /went wrong/i);
    } finally {
      restore();
    }
    assert.match(logSince(lines), new RegExp(`Error: ${DOWN}`));
    assert.deepEqual(await rowsOf(owner), { accounts: 0, tokens: 0 });
  });
});

describe("the server's own sandbox sign-in (no CONNECT_HUB_SANDBOX_OAUTH_URL)", () => {
  let t: TestServer;
  before(async () => {
    t = await startTestServer();
  });
  after(() => t.stop());

  it('the browser is sent to it at the public URL, and its answer naming that URL as issuer is believed', async () => {
    // In tests the public URL is http://localhost:<port> and the server reaches itself at http://127.0.0.1:<port>.
    assert.notEqual(new URL(t.server.publicUrl).origin, new URL(t.server.url).origin);
    const { token, attemptId } = await newAttempt(t, { origin_owner_id: 'edges-own-sandbox' });
    const run = await runPopup(t, { token, attemptId });
    const authorize = new URL(run.start.headers.get('location')!);
    assert.equal(`${authorize.origin}${authorize.pathname}`, `${t.server.publicUrl}/sandbox/oauth/authorize`);
    assert.equal(new URL(run.callbackUrl).searchParams.get('iss'), `${t.server.publicUrl}/sandbox/oauth`);
    assert.equal(run.landing.searchParams.get('status'), 'authenticated', run.landing.href);
    const attempt = ConnectionAttempt.parse((await t.call('GET', `/hub/connection_attempts/${attemptId}`, { token })).body);
    assert.equal(attempt.status, 'authenticated', JSON.stringify(attempt));
  });
});
