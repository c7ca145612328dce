import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { assertClientError, createSession, GOOD_KEY, startTestServer, storeQuery, type TestServer } from './harness.js';

const DAY = 86_400;

/** What the hub sends as the user goes (src/hub/controllers/event-stream.ts), with its header. */
async function report(t: TestServer, token: string, events: Array<{ name: string; provider?: string; error_code?: string }>) {
  t.clock.advanceSeconds(1);
  const result = await t.call('POST', '/hub/events', { token, json: { events: events.map((event) => ({ ...event, at: new Date().toISOString() })) } });
  assert.equal(result.status, 202, result.text);
  return result.body.accepted as number;
}

/** The page-hide path: `navigator.sendBeacon` sends a text/plain body with the token in it, and no header. */
async function beacon(t: TestServer, body: unknown) {
  const response = await fetch(`${t.server.url}/hub/events`, { method: 'POST', headers: { 'content-type': 'text/plain;charset=UTF-8', origin: 'https://host.example' }, body: JSON.stringify(body) });
  return { status: response.status, body: (await response.json()) as Record<string, unknown>, cors: response.headers.get('access-control-allow-origin') };
}

async function funnel(t: TestServer, query: string) {
  const result = await t.call('GET', `/analytics/funnel?${query}`);
  assert.equal(result.status, 200, result.text);
  return result.body as unknown as {
    steps: Record<string, number>;
    conversion: Record<string, number | null>;
    failures: Array<{ reason: string; sessions: number }>;
    connectors: Array<{ provider: string; steps: Record<string, number>; failures: Array<{ reason: string; sessions: number }> }>;
    days: Array<{ date: string; created: number; connected: number }>;
  };
}

/**
 * A scripted run of sessions through the real routes: the hub's steps as it reports them, and the real
 * credential submits (a rejected key is the sandbox's real 422). The funnel must count exactly what was done.
 */
describe('hub events and GET /analytics/funnel', () => {
  let t: TestServer;
  let from: string;
  let to: string;

  before(async () => {
    t = await startTestServer({ config: { sessionRetentionDays: 1 } });
    from = t.clock.now().toISOString();
    // 3 never opened: one of them fetched as a plain GET of its link (a mail scanner), which runs no script.
    for (let i = 0; i < 3; i++) {
      const { token } = await createSession(t, { origin_owner_id: `never-${i}` });
      if (i === 0) assert.equal((await fetch(`${t.server.url}/embedded/integrations?token=${token}`)).status, 200);
    }
    // 2 opened and left at the list.
    for (let i = 0; i < 2; i++) {
      const { token } = await createSession(t, { origin_owner_id: `list-${i}` });
      await report(t, token, [{ name: 'opened' }, { name: 'opened' }]);
    }
    // 2 failed with a rejected key (the server really refuses it); one reports its failure by beacon as the page hides.
    for (let i = 0; i < 2; i++) {
      const { token } = await createSession(t, { origin_owner_id: `bad-${i}` });
      await report(t, token, [{ name: 'opened' }, { name: 'connector-selected', provider: 'sandbox_hris' }, { name: 'credentials-submitted', provider: 'sandbox_hris' }]);
      const refused = await t.call('POST', '/hub/accounts', { token, json: { integration_id: 'sandbox_hris', credentials: { subdomain: 'acme', api_key: 'wrong' } } });
      assert.equal(refused.status, 422);
      const failed = { name: 'failed', provider: 'sandbox_hris', error_code: String(refused.body.code ?? 'provider_rejected') };
      if (i === 0) await report(t, token, [failed]);
      else {
        const sent = await beacon(t, { token, events: [failed, { name: 'closed' }] });
        assert.equal(sent.status, 202, JSON.stringify(sent.body));
        assert.equal(sent.cors, 'https://host.example', 'the beacon gets the hub routes’ CORS answer too');
      }
    }
    // 3 connected: two through the list (one after going back from another connector), one opened straight on its provider.
    for (let i = 0; i < 2; i++) {
      const { token } = await createSession(t, { origin_owner_id: `good-${i}` });
      const steps = [{ name: 'opened' }];
      if (i === 1) steps.push({ name: 'connector-selected', provider: 'sandbox_ats' } as never, { name: 'back', provider: 'sandbox_ats' } as never);
      await report(t, token, [...steps, { name: 'connector-selected', provider: 'sandbox_hris' }, { name: 'credentials-submitted', provider: 'sandbox_hris' }]);
      const linked = await t.call('POST', '/hub/accounts', { token, json: { integration_id: 'sandbox_hris', credentials: { subdomain: 'acme', api_key: GOOD_KEY } } });
      assert.equal(linked.status, 201, linked.text);
      await report(t, token, [{ name: 'connected', provider: 'sandbox_hris' }, { name: 'closed', provider: 'sandbox_hris' }]);
    }
    const fixed = await createSession(t, { origin_owner_id: 'fixed', provider: 'sandbox_ats' });
    await report(t, fixed.token, [{ name: 'opened' }, { name: 'connector-selected', provider: 'sandbox_ats' }, { name: 'credentials-submitted', provider: 'sandbox_ats' }, { name: 'connected', provider: 'sandbox_ats' }]);
    // One created for sandbox_ats and never opened.
    await createSession(t, { origin_owner_id: 'fixed-never', provider: 'sandbox_ats' });
    to = t.clock.now().toISOString();
  });
  after(() => t.stop());

  it('counts sessions, not events, at every step; failures by reason; conversion between steps', async () => {
    const result = await funnel(t, `from=${from}&to=${to}`);
    assert.deepEqual(result.steps, { created: 11, opened: 7, selected: 5, submitted: 5, connected: 3, failed: 2 });
    assert.deepEqual(result.failures, [{ reason: 'provider_rejected', sessions: 2 }]);
    assert.deepEqual(result.conversion, {
      created_to_opened: 0.6364,
      opened_to_selected: 0.7143,
      selected_to_submitted: 1,
      submitted_to_connected: 0.6,
      opened_to_connected: 0.4286,
    });
    assert.deepEqual(result.days, [{ date: from.slice(0, 10), created: 11, connected: 3 }]);
  });

  it('per connector: the sessions created for it or that reached it, opened → connected, top failure reasons', async () => {
    const { connectors } = await funnel(t, `from=${from}&to=${to}`);
    const hris = connectors.find((c) => c.provider === 'sandbox_hris')!;
    const ats = connectors.find((c) => c.provider === 'sandbox_ats')!;
    assert.deepEqual(hris.steps, { created: 4, opened: 4, selected: 4, submitted: 4, connected: 2, failed: 2 });
    assert.deepEqual(hris.failures, [{ reason: 'provider_rejected', sessions: 2 }]);
    // The fixed session (connected), the one never opened, and the one that looked at it and went back.
    assert.deepEqual(ats.steps, { created: 3, opened: 2, selected: 2, submitted: 1, connected: 1, failed: 0 });
    assert.equal(connectors.length, 2);
  });

  it('filters by provider and by category; a range that holds nothing counts nothing', async () => {
    const ats = await funnel(t, `from=${from}&to=${to}&provider=sandbox_ats`);
    assert.deepEqual(ats.steps, { created: 3, opened: 2, selected: 2, submitted: 1, connected: 1, failed: 0 });
    assert.deepEqual(ats.connectors.map((c) => c.provider), ['sandbox_ats']);
    const hris = await funnel(t, `from=${from}&to=${to}&category=hris`);
    assert.equal(hris.steps.connected, 2);
    assert.deepEqual(hris.connectors.map((c) => c.provider), ['sandbox_hris']);
    const later = new Date(Date.parse(to) + 1000).toISOString();
    assert.deepEqual((await funnel(t, `from=${later}&to=${new Date(Date.parse(later) + 3_600_000).toISOString()}`)).steps, { created: 0, opened: 0, selected: 0, submitted: 0, connected: 0, failed: 0 });
  });

  it('stores a step name, a provider key, an error code and the time: nothing else, and never the token', async () => {
    const rows = await storeQuery<Record<string, unknown>>(t, 'select * from hub_events');
    assert.deepEqual(Object.keys(rows[0]!).sort(), ['created_at', 'error_code', 'id', 'name', 'project_id', 'provider', 'session_id']);
    assert.ok(!rows.some((row) => JSON.stringify(row).includes('chs_')));
  });

  it('refuses a bad token, an unknown step, free text as a provider, extra keys, and a URL token; caps a session', async () => {
    assertClientError(await t.call('POST', '/hub/events', { token: 'chs_unknown', json: { events: [{ name: 'opened' }] } }), 401);
    assertClientError((await beaconAsCall(t, { events: [{ name: 'opened' }] })), 401, /token/);
    const { token } = await createSession(t, { origin_owner_id: 'cap' });
    assertClientError(await t.call('POST', '/hub/events', { token, json: { events: [{ name: 'typed-password' }] } }), 400, /name/);
    assertClientError(await t.call('POST', '/hub/events', { token, json: { events: [{ name: 'failed', provider: 'jane@example.com' }] } }), 400, /provider/);
    assertClientError(await t.call('POST', '/hub/events', { token, json: { events: [{ name: 'opened', email: 'jane@example.com' }] } }), 400);
    assertClientError(await t.call('POST', `/hub/events?token=${token}`, { apiKey: null, json: { events: [{ name: 'opened' }] } }), 401);
    let kept = 0;
    for (let i = 0; i < 11; i++) kept += await report(t, token, Array.from({ length: 20 }, () => ({ name: 'back' })));
    assert.equal(kept, 200, 'at most 200 events per session; the rest are dropped, not refused');
  });

  it('the events go with their session when the sweeper deletes it', async () => {
    const { token, id } = await createSession(t, { origin_owner_id: 'swept', expires_in: 60 });
    await report(t, token, [{ name: 'opened' }]);
    t.clock.advanceSeconds(2 * DAY);
    await t.server.sweepExpiredSessions();
    assert.deepEqual(await storeQuery(t, 'select id from hub_events where session_id = ?', id), []);
  });

  it('GET /analytics/funnel needs the API key and names a bad parameter', async () => {
    assertClientError(await t.call('GET', '/analytics/funnel', { apiKey: null }), 401);
    assertClientError(await t.call('GET', '/analytics/funnel?from=yesterday'), 400, /from/);
    assertClientError(await t.call('GET', '/analytics/funnel?category=nope'), 400, /category/);
    assertClientError(await t.call('GET', `/analytics/funnel?from=${to}&to=${from}`), 400, /from/);
  });
});

async function beaconAsCall(t: TestServer, body: unknown) {
  return t.call('POST', '/hub/events', { apiKey: null, rawBody: JSON.stringify(body), headers: { 'content-type': 'text/plain' } });
}
