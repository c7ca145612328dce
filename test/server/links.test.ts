import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Webhook } from 'standardwebhooks';
import { HANDOFF_DEVICE_COOKIE } from '../../src/server/routes/links.js';
import { SANDBOX_HRIS, WebhookReceiver, addEndpoint, fastWebhooks, waitUntil } from '../webhooks/support.js';
import { TEST_DATABASE_URL, assertClientError, createSession, startTestServer, storeQuery, type TestServer } from './harness.js';

/** Issue 17 §1–§2 on the server, on whichever engine the suite runs: renewals, the outbox's session events, hand-offs. */
describe('renewable links and the hand-off to the phone', () => {
  let t: TestServer;
  let receiver: WebhookReceiver;
  /**
   * The server runs on the test clock: a delivery cut by its timeout on a loaded machine is retried only once that
   * clock reaches its next attempt, so the clock moves on while we wait (delivery timing is not what these tests prove).
   */
  const untilDelivered = (what: string, done: () => boolean) =>
    waitUntil(what, () => {
      t.clock.advanceSeconds(1);
      return done();
    });
  let secret: string;

  before(async () => {
    t = await startTestServer({ config: { webhooks: fastWebhooks(), handoffPollMs: 20 } });
    receiver = await WebhookReceiver.start();
    secret = (await addEndpoint(t, { url: receiver.url })).secret;
  });
  after(async () => {
    await t?.stop();
    await receiver?.stop();
  });

  const expire = async (options: Record<string, unknown> = {}) => {
    const session = await createSession(t, { expires_in: 60, ...options });
    t.clock.advanceSeconds(61);
    return session;
  };

  it('an expired token may ask for a new link, and nothing else; the host gets a signed renewal_requested once', async () => {
    const { token, id } = await expire({ origin_owner_id: 'org-renew', origin_username: 'ada', categories: ['hris'], metadata: { plan: 'pro' } });
    assertClientError(await t.call('GET', '/hub/settings', { token }), 401, /expired/);
    assertClientError(await t.call('POST', '/hub/handoffs', { token, json: {} }), 401, /expired/);
    const first = await t.call('POST', '/hub/renewal', { token });
    assert.equal(first.status, 200, first.text);
    assert.deepEqual(first.body, { outcome: 'requested', project_name: (await t.call('GET', '/project')).body.name });
    // A second press adds no request and no webhook.
    assert.equal((await t.call('POST', '/hub/renewal', { token })).body.outcome, 'requested');
    await untilDelivered('the renewal webhook', () => receiver.received.some((r) => r.json.event === 'connect_session.renewal_requested'));
    const hooks = receiver.events('connect_session.renewal_requested');
    assert.equal(hooks.length, 1);
    const payload = new Webhook(secret).verify(hooks[0]!.body, hooks[0]!.headers) as Record<string, any>;
    assert.equal(payload.record_id, String(id));
    assert.equal(payload.origin_owner_id, 'org-renew');
    assert.equal(payload.origin_username, 'ada');
    assert.deepEqual(payload.session.parameters.categories, ['hris']);
    assert.deepEqual(payload.session.parameters.metadata, { plan: 'pro' });

    const open = await t.call('GET', '/renewal_requests');
    const request = (open.body.data as Array<Record<string, any>>).find((r) => r.session_id === id)!;
    assert.equal(request.id, payload.renewal_request_id);
    const sent = await t.call('POST', `/renewal_requests/${request.id}/send`);
    assert.equal(sent.status, 201, sent.text);
    const fresh = sent.body.session as Record<string, any>;
    assert.equal(fresh.origin_owner_id, 'org-renew');
    assert.deepEqual(fresh.categories, ['hris']);
    // Sent by hand: at least the default half hour, though the expired one lived a minute.
    assert.equal(Date.parse(fresh.expires_at) - Date.parse(fresh.created_at), 1_800_000);
    assert.equal((await t.call('POST', '/hub/accounts', { token: fresh.token, json: SANDBOX_HRIS })).status, 201);
    assertClientError(await t.call('POST', `/renewal_requests/${request.id}/send`), 409);
    assert.equal(((await t.call('GET', '/renewal_requests')).body.data as unknown[]).some((r: any) => r.id === request.id), false);
  });

  it('a live token cannot renew, an unknown one is a 401', async () => {
    const { token } = await createSession(t);
    assertClientError(await t.call('POST', '/hub/renewal', { token }), 409, /not expired/);
    assertClientError(await t.call('POST', '/hub/renewal', { token: 'chs_nobody' }), 401);
  });

  it('POST /hub/renewal without a token, or with one nobody issued, is a 401 that says which', async () => {
    assertClientError(await t.call('POST', '/hub/renewal'), 401, /Missing connect session token/);
    assertClientError(await t.call('POST', '/hub/renewal', { token: 'chs_nobody' }), 401, /Unknown connect session token/);
  });

  it('an expired renewable link renews once: pressed again, it asks the host instead of renewing a second time', async () => {
    const session = await expire({ origin_owner_id: 'org-twice', renewable: true });
    assert.equal(session.body.renewable, true);
    assert.equal((await createSession(t, { origin_owner_id: 'org-plain' })).body.renewable, false);
    const first = await t.call('POST', '/hub/renewal', { token: session.token });
    assert.equal(first.body.outcome, 'renewed', first.text);
    const fresh = await t.call('POST', '/connect_sessions/authenticate', { json: { token: String(first.body.token) } });
    assert.equal(fresh.body.renewable, true, 'the renewed session is renewable too');
    assert.equal((await t.call('POST', '/hub/renewal', { token: session.token })).body.outcome, 'requested');
  });

  it('a renewable session renews itself, each announced, until the project allows no more', async () => {
    assert.equal((await t.call('PATCH', '/project', { json: { max_link_renewals: 2 } })).status, 200);
    let { token } = await expire({ origin_owner_id: 'org-self', renewable: true });
    const renewedIds: number[] = [];
    for (let renewal = 1; renewal <= 2; renewal++) {
      const answer = await t.call('POST', '/hub/renewal', { token });
      assert.equal(answer.body.outcome, 'renewed', answer.text);
      token = String(answer.body.token);
      const settings = await t.call('GET', '/hub/settings', { token });
      assert.equal(settings.status, 200, 'the fresh token works at once');
      renewedIds.push(Number((await t.call('POST', '/connect_sessions/authenticate', { json: { token } })).body.id));
      t.clock.advanceSeconds(61);
    }
    // The third time the chain is spent: the host is asked instead.
    assert.equal((await t.call('POST', '/hub/renewal', { token })).body.outcome, 'requested');
    // This chain's announcements (other tests renew sessions of their own).
    const ofThisChain = () =>
      receiver
        .events('connect_session.renewed')
        .map((r) => r.json.new_session as Record<string, number>)
        .filter((s) => renewedIds.includes(s.id!));
    await untilDelivered('two renewed webhooks', () => ofThisChain().length === 2);
    const renewed = ofThisChain();
    assert.deepEqual(renewed.map((s) => [s.id, s.renewal, s.max_renewals]), [[renewedIds[0], 1, 2], [renewedIds[1], 2, 2]]);
  });

  it('opening a link (a plain GET, as a mail scanner does) changes no row', async () => {
    const { body } = await expire({ origin_owner_id: 'org-scanner', renewable: true });
    const hand = await createSession(t, { origin_owner_id: 'org-scanner-2' });
    const created = await t.call('POST', '/hub/handoffs', { token: hand.token, json: {} });
    const snapshot = async () =>
      JSON.stringify(
        await Promise.all(['connect_sessions', 'renewal_requests', 'handoffs', 'account_events', 'accounts'].map((table) => storeQuery(t, `select * from ${table} order by 1`))),
      );
    const before = await snapshot();
    for (const url of [String(body.auth_link_url), String(created.body.url)]) {
      const page = await fetch(url, { redirect: 'manual' });
      await page.arrayBuffer();
      assert.ok(page.status === 200 || page.status === 503, `${url}: ${page.status}`);
    }
    assert.equal(await snapshot(), before);
  });

  it('a hand-off binds to the first device that claims it; the desktop follows it live to the account', async () => {
    const desktop = await createSession(t, { origin_owner_id: 'org-hand' });
    const created = await t.call('POST', '/hub/handoffs', { token: desktop.token, json: { provider: 'sandbox_hris' } });
    assert.equal(created.status, 201, created.text);
    assert.match(String(created.body.qr_svg), /^data:image\/svg\+xml;base64,/);
    const handoff = new URL(String(created.body.url)).searchParams.get('handoff')!;
    assert.equal(Date.parse(String(created.body.expires_at)) - t.clock.now().getTime(), 600_000);

    const events = await fetch(`${t.server.url}/hub/handoffs/${String(created.body.id)}/events`, { headers: { 'x-hub-session-token': desktop.token } });
    assert.equal(events.headers.get('content-type'), 'text/event-stream');
    const seen: Array<Record<string, any>> = [];
    const reading = (async () => {
      const decoder = new TextDecoder();
      let buffer = '';
      for await (const chunk of events.body!) {
        buffer += decoder.decode(chunk, { stream: true });
        for (const match of buffer.matchAll(/^data: (.*)$/gm)) seen.push(JSON.parse(match[1]!));
        buffer = buffer.slice(buffer.lastIndexOf('\n\n') + 2);
      }
    })();

    const phone = await t.call('POST', '/hub/handoffs/claim', { apiKey: null, json: { handoff } });
    assert.equal(phone.status, 200, phone.text);
    assert.equal(phone.body.provider, 'sandbox_hris');
    const cookie = phone.headers.get('set-cookie')!.split(';')[0]!;
    assert.match(cookie, new RegExp(`^${HANDOFF_DEVICE_COOKIE}=`));
    assertClientError(await t.call('POST', '/hub/handoffs/claim', { apiKey: null, json: { handoff } }), 409, /in use on another device/);
    const again = await t.call('POST', '/hub/handoffs/claim', { apiKey: null, json: { handoff }, headers: { cookie } });
    assert.equal(again.status, 200, 'the same phone may open it again');
    const phoneToken = String(again.body.token);
    assertClientError(await t.call('GET', '/hub/settings', { token: String(phone.body.token) }), 401);
    const list = await t.call('GET', '/hub/connectors', { token: phoneToken });
    assert.deepEqual((list.body.integrations as Array<{ provider: string }>).map((i) => i.provider), ['sandbox_hris']);

    const account = await t.call('POST', '/hub/accounts', { token: phoneToken, json: SANDBOX_HRIS });
    assert.equal(account.status, 201, account.text);
    assertClientError(await t.call('POST', '/hub/handoffs/complete', { token: desktop.token, json: { account_id: account.body.id } }), 404);
    assert.equal((await t.call('POST', '/hub/handoffs/complete', { token: phoneToken, json: { account_id: account.body.id } })).status, 204);
    await reading;
    assert.equal(seen[0]!.status, 'waiting');
    const done = seen.at(-1)!;
    assert.equal(done.status, 'completed');
    assert.equal(done.account.id, account.body.id);
    assert.equal(done.account.provider, 'sandbox_hris');
    // The desktop's success carries the host-verifiable token, minted for the desktop's own session.
    assert.equal(JSON.parse(Buffer.from(String(done.account.result_token).split('.')[1]!, 'base64url').toString()).session_id, desktop.id);
    const polled = await t.call('GET', `/hub/handoffs/${String(created.body.id)}`, { token: desktop.token });
    assert.equal(polled.body.status, 'completed');
    assertClientError(await t.call('POST', '/hub/handoffs/claim', { apiKey: null, json: { handoff }, headers: { cookie } }), 409, /already used/);
  });
});

/** Reads `state` events until the hand-off completes (or the stream ends). */
async function followHandoff(url: string, token: string): Promise<Array<Record<string, any>>> {
  const events = await fetch(url, { headers: { 'x-hub-session-token': token } });
  const seen: Array<Record<string, any>> = [];
  const decoder = new TextDecoder();
  let buffer = '';
  for await (const chunk of events.body!) {
    buffer += decoder.decode(chunk, { stream: true });
    for (const match of buffer.matchAll(/^data: (.*)$/gm)) seen.push(JSON.parse(match[1]!));
    buffer = buffer.slice(buffer.lastIndexOf('\n\n') + 2);
  }
  return seen;
}

describe('a hand-off across two servers on one PostgreSQL database', { skip: TEST_DATABASE_URL ? false : 'PostgreSQL only: SQLite is one server' }, () => {
  let a: TestServer;
  let b: TestServer;
  before(async () => {
    a = await startTestServer({ config: { handoffPollMs: 20 } });
    b = await startTestServer({ dataDir: a.dataDir, apiKey: a.apiKey, config: { handoffPollMs: 20 } });
  });
  after(async () => {
    await b?.server.close();
    await a?.stop();
  });

  it('the desktop watches on one server while the phone claims, links and completes on the other', async () => {
    const desktop = await createSession(a, { origin_owner_id: 'org-two-servers' });
    const created = await a.call('POST', '/hub/handoffs', { token: desktop.token, json: {} });
    assert.equal(created.status, 201, created.text);
    const following = followHandoff(`${a.server.url}/hub/handoffs/${String(created.body.id)}/events`, desktop.token);
    const handoff = new URL(String(created.body.url)).searchParams.get('handoff')!;
    const phone = await b.call('POST', '/hub/handoffs/claim', { apiKey: null, json: { handoff } });
    assert.equal(phone.status, 200, phone.text);
    assertClientError(await a.call('POST', '/hub/handoffs/claim', { apiKey: null, json: { handoff } }), 409, /another device/);
    const token = String(phone.body.token);
    const account = await b.call('POST', '/hub/accounts', { token, json: SANDBOX_HRIS });
    assert.equal(account.status, 201, account.text);
    assert.equal((await b.call('POST', '/hub/handoffs/complete', { token, json: { account_id: account.body.id } })).status, 204);
    const seen = await following;
    assert.equal(seen.at(-1)?.status, 'completed');
    assert.equal(seen.at(-1)?.account.id, account.body.id);
  });
});
