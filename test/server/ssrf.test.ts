import assert from 'node:assert/strict';
import { createServer as createHttpServer, type Server } from 'node:http';
import { createServer as createTcpServer, type AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { forbiddenAddressReason } from '../../src/server/outbound/address-policy.js';
import { GuardedClient, OutboundError, type ResolvedAddress } from '../../src/server/outbound/guarded-client.js';
import { pinnedSend } from '../../src/server/outbound/pinned-send.js';
import { providerExcerpt } from '../../src/server/outbound/provider-excerpt.js';
import { hostNameProblem } from '../../src/server/services/credentials.js';
import { addEndpoint, fastWebhooks, linkSandboxAccount, waitUntil, WebhookReceiver } from '../webhooks/support.js';
import { assertClientError, createSession, startTestServer, type TestServer } from './harness.js';

/** Every form of an inside address an end user could type into a host field. */
const BLOCKED_HOSTS = [
  '169.254.169.254',
  '10.0.0.5',
  '127.0.0.1',
  '0x7f.1',
  '2130706433',
  '0177.0.0.1',
  '0x7f000001',
  'metadata.google.internal',
  'localhost',
  'intranet',
  'printer.local',
  'router.home.arpa',
  '[::1]',
  '::ffff:127.0.0.1',
  'acme.okta.com:22',
  'acme.okta.com/../../x',
  'user@acme.okta.com',
];

const PUBLIC_ADDRESS: ResolvedAddress = { address: '93.184.216.34', family: 4 };

describe('address policy', () => {
  it('refuses every inside, reserved and embedded-IPv4 form; lets public unicast through', () => {
    const refused = [
      '0.0.0.0', '10.1.2.3', '100.64.0.1', '100.127.255.254', '127.0.0.1', '127.255.0.9', '169.254.169.254', '172.16.0.1',
      '172.31.255.255', '192.168.1.1', '192.0.0.8', '198.18.0.1', '224.0.0.1', '239.255.255.250', '255.255.255.255', '240.0.0.1',
      '::', '::1', 'fc00::1', 'fd12:3456::1', 'fe80::1', 'fe80::1%eth0', 'ff02::1', '::ffff:127.0.0.1', '::ffff:7f00:1',
      '::ffff:169.254.169.254', '::ffff:a9fe:a9fe', '::10.0.0.1', '64:ff9b::a00:1', '2002:a00:1::1', '2002:7f00:1::',
    ];
    for (const address of refused) assert.ok(forbiddenAddressReason(address), `${address} must be refused`);
    const allowed = ['93.184.216.34', '8.8.8.8', '1.1.1.1', '172.32.0.1', '100.128.0.1', '2606:4700::1111', '2a00:1450:4001:80b::200e', '::ffff:8.8.8.8', '64:ff9b::808:808'];
    for (const address of allowed) assert.equal(forbiddenAddressReason(address), undefined, `${address} is public`);
    assert.match(forbiddenAddressReason('169.254.169.254')!, /link-local/);
    assert.match(forbiddenAddressReason('::ffff:10.0.0.1')!, /private.*inside IPv6/);
  });

  it('host-name fields take public DNS names only', () => {
    for (const host of ['169.254.169.254', '10.0.0.5', '0x7f.1', '2130706433', '0177.0.0.1', 'metadata.google.internal', 'localhost', 'intranet', 'a..b.com', '-a.com', 'printer.local', 'router.home.arpa']) {
      assert.ok(hostNameProblem(host), `${host} is refused`);
    }
    for (const host of ['acme.okta.com', 'login.acme.co.uk', 'acme.eu.auth0.com', 'xn--bcher-kva.example', 'a1.b2.io']) {
      assert.equal(hostNameProblem(host), undefined, `${host} is a public name`);
    }
  });

  it("a provider's answer reaches the end user as status and its error words only, never the raw body", () => {
    const internal = '<html><body>root:x:0:0 instance-id: i-0abc secret-marker-123</body></html>';
    assert.equal(providerExcerpt(401, internal, ['secret-marker-123']), 'HTTP 401');
    assert.equal(
      providerExcerpt(401, JSON.stringify({ errorCode: 'E0000011', errorSummary: 'Invalid token provided', internal: 'x'.repeat(5000) })),
      'HTTP 401: E0000011: Invalid token provided',
    );
    assert.equal(providerExcerpt(403, JSON.stringify({ error: 'access_denied', error_description: 'bad key sk_live_abcd\r\nSet-Cookie: x' }), ['sk_live_abcd']), 'HTTP 403: access_denied: bad key [redacted] Set-Cookie: x');
    assert.equal(providerExcerpt(400, JSON.stringify({ errors: [{ message: 'Unknown user' }] })), 'HTTP 400: Unknown user');
    assert.ok(providerExcerpt(400, JSON.stringify({ message: 'y'.repeat(2000) })).length <= 300);
  });
});

describe('SSRF from an auth link: host fields and DNS answers', () => {
  let t: TestServer;
  /** Every request the server let through to the network, and every host it resolved. */
  const sent: { url: string; redirect: RequestRedirect | undefined }[] = [];
  const resolved: string[] = [];
  const dnsAnswers = new Map<string, ResolvedAddress[]>();
  let providerAnswer: () => Response = () => new Response('{}', { status: 200 });

  before(async () => {
    t = await startTestServer({
      overrides: {
        fetch: async (url, init) => {
          const href = url instanceof Request ? url.url : String(url);
          if (href.startsWith(t.server.url)) return fetch(url, init);
          sent.push({ url: href, redirect: init?.redirect });
          return providerAnswer();
        },
        resolve: async (host) => {
          resolved.push(host);
          return dnsAnswers.get(host) ?? [PUBLIC_ADDRESS];
        },
      },
    });
    for (const key of ['okta', 'auth0', 'canvas', 'docebo']) {
      const enabled = await t.call('PUT', `/project/connectors/${key}`, { json: { enabled: true } });
      assert.equal(enabled.status, 200, enabled.text);
    }
  });
  after(() => t.stop());

  const forms: Record<string, (host: string) => Record<string, string>> = {
    okta: (host) => ({ okta_domain: host, api_token: 'ssws-token-1234' }),
    auth0: (host) => ({ auth0_domain: host, client_id: 'client-1', client_secret: 'auth0-secret-1234' }),
    canvas: (host) => ({ canvas_domain: host, access_token: 'canvas-token-1234' }),
  };

  it('every blocked form in every host field: 422 naming the field, and no lookup or connection tried', async () => {
    for (const [integration, credentials] of Object.entries(forms)) {
      // A session per connector: credential submits are rate-limited per session.
      const { token } = await createSession(t, { origin_owner_id: `ssrf-fields-${integration}`, multiple: true });
      const field = Object.keys(credentials('x'))[0]!;
      for (const host of BLOCKED_HOSTS) {
        const result = await t.call('POST', '/hub/accounts', { token, json: { integration_id: integration, credentials: credentials(host) } });
        assertClientError(result, 422, new RegExp(`credentials\\.${field}`));
        assert.equal(result.body.field, `credentials.${field}`, `${integration} ${host}`);
      }
    }
    assert.deepEqual(sent, [], 'no request left the server');
    assert.deepEqual(resolved, [], 'no host was even resolved');
  });

  it("Docebo's OAuth sign-in refuses an inside platform_domain before it builds any URL", async () => {
    const { token } = await createSession(t, { origin_owner_id: 'ssrf-docebo' });
    const attempt = await t.call('POST', '/hub/connection_attempts', { token, json: { token } });
    assert.equal(attempt.status, 201, attempt.text);
    const landing = encodeURIComponent(`${t.server.publicUrl}/embedded/accounts/callback`);
    for (const host of ['169.254.169.254', '0x7f.1', 'metadata.google.internal']) {
      const start = await fetch(
        `${t.server.url}/connect/oauth2/docebo?redirect_uri=${landing}&token=${token}&connection_attempt_id=${String(attempt.body.id)}&platform_domain=${encodeURIComponent(host)}&client_id=acme-connect&client_secret=docebo-secret-1234`,
        { redirect: 'manual' },
      );
      const page = await start.text();
      // An attempt that failed stays failed, so only the first form reaches the field check; each is refused.
      assert.ok(start.status === 422 || start.status === 409, `${host}: ${start.status} ${page.slice(0, 200)}`);
      assert.equal(start.headers.get('location'), null, 'never sent on to the provider');
    }
    const stored = await t.call('GET', `/hub/connection_attempts/${String(attempt.body.id)}`, { token });
    assert.match(JSON.stringify(stored.body), /platform_domain/);
    assert.deepEqual(sent, []);
  });

  it('a public-looking name whose DNS answer is inside is refused at connect time, naming the field', async () => {
    const { token } = await createSession(t, { origin_owner_id: 'ssrf-dns', multiple: true });
    const inside: [string, ResolvedAddress[]][] = [
      ['rebind.okta-test.com', [{ address: '169.254.169.254', family: 4 }]],
      ['mixed.okta-test.com', [PUBLIC_ADDRESS, { address: '10.0.0.5', family: 4 }]],
      ['mapped.okta-test.com', [{ address: '::ffff:127.0.0.1', family: 6 }]],
      ['ula.okta-test.com', [{ address: 'fd00::5', family: 6 }]],
    ];
    for (const [host, answer] of inside) {
      dnsAnswers.set(host, answer);
      const result = await t.call('POST', '/hub/accounts', { token, json: { integration_id: 'okta', credentials: forms.okta!(host) } });
      assertClientError(result, 422, /not on the public internet/);
      assert.equal(result.body.field, 'credentials.okta_domain');
      assert.doesNotMatch(result.text, /169\.254|10\.0\.0\.5|127\.0\.0\.1|fd00/, 'the inside address itself is not told');
    }
    assert.deepEqual(resolved, inside.map(([host]) => host), 'each host resolved once');
    assert.deepEqual(sent, [], 'no connection was made');
  });

  it("a public provider is called once, without following redirects, and its answer comes back as an excerpt", async () => {
    const { token } = await createSession(t, { origin_owner_id: 'ssrf-public', multiple: true });
    providerAnswer = () =>
      new Response(JSON.stringify({ errorCode: 'E0000011', errorSummary: 'Invalid token provided', echoed: 'ssws-token-1234', page: 'x'.repeat(10_000) }), {
        status: 401,
        headers: { 'content-type': 'application/json' },
      });
    const rejected = await t.call('POST', '/hub/accounts', { token, json: { integration_id: 'okta', credentials: forms.okta!('acme.okta.com') } });
    assertClientError(rejected, 422, /Okta rejected/);
    assert.equal(rejected.body.provider_response, 'HTTP 401: E0000011: Invalid token provided');
    assert.doesNotMatch(rejected.text, /ssws-token-1234/);

    providerAnswer = () => new Response(null, { status: 302, headers: { location: 'http://169.254.169.254/latest/meta-data/' } });
    const redirected = await t.call('POST', '/hub/accounts', { token, json: { integration_id: 'okta', credentials: forms.okta!('acme.okta.com') } });
    assertClientError(redirected, 422, /HTTP 302/);
    assert.deepEqual(
      sent.map((s) => [s.url, s.redirect]),
      [
        ['https://acme.okta.com/api/v1/users/me', 'manual'],
        ['https://acme.okta.com/api/v1/users/me', 'manual'],
      ],
      'one request each, redirects left unfollowed',
    );
  });

  it('credential values that cannot be header values are a 400 naming the field, and never reach a log line', async () => {
    const { token } = await createSession(t, { origin_owner_id: 'ssrf-headers', multiple: true });
    const before = sent.length;
    for (const bad of ['marker-crlf\r\nX-Injected: 1', 'marker-nul\u0000x', 'marker-astral-😀', 'marker-cyrillic-ж']) {
      const result = await t.call('POST', '/hub/accounts', { token, json: { integration_id: 'okta', credentials: forms.okta!('acme.okta.com') } });
      void result;
      const refused = await t.call('POST', '/hub/accounts', { token, json: { integration_id: 'okta', credentials: { okta_domain: 'acme.okta.com', api_token: bad } } });
      assertClientError(refused, 400, /credentials\.api_token: (API token contains|must not contain a NUL)/);
      assert.equal(refused.body.field, 'credentials.api_token');
      assert.doesNotMatch(refused.text, /marker-/);
    }
    assert.equal(sent.length, before + 4, 'only the four good submissions went out');
    assert.doesNotMatch(t.logLines.join('\n'), /marker-/);
  });
});

describe('the guarded client on a real connection', () => {
  let tcp: ReturnType<typeof createTcpServer>;
  let connections = 0;
  let tcpPort = 0;
  let http: Server;
  let httpUrl = '';
  let internalHits = 0;

  before(async () => {
    tcp = createTcpServer((socket) => {
      connections++;
      socket.destroy();
    });
    await new Promise<void>((resolve) => tcp.listen(0, '127.0.0.1', () => resolve()));
    tcpPort = (tcp.address() as AddressInfo).port;
    http = createHttpServer((request, response) => {
      if (request.url === '/internal') {
        internalHits++;
        response.end('internal data');
      } else if (request.url === '/redirect') {
        response.writeHead(302, { location: `${httpUrl}/internal` }).end();
      } else if (request.url === '/large') {
        response.writeHead(200, { 'content-type': 'text/plain' });
        response.end('z'.repeat(5 * 1024 * 1024));
      } else if (request.url === '/slow') {
        setTimeout(() => response.end('late'), 2_000).unref();
      } else response.end('ok');
    });
    await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', () => resolve()));
    httpUrl = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  });
  after(async () => {
    http.closeAllConnections();
    await new Promise((resolve) => http.close(resolve));
    await new Promise((resolve) => tcp.close(resolve));
  });

  const request = { method: 'GET' as const, timeoutMs: 3_000, maxBytes: 1024 };

  it('connects to the address it checked, not to a fresh DNS answer', async () => {
    // The name does not exist in any DNS: only the pinned lookup can make this connect to 127.0.0.1.
    const before = connections;
    await assert.rejects(pinnedSend(new URL(`https://pinned.connect-hub.invalid:${tcpPort}/`), { signal: AbortSignal.timeout(3_000) }, { address: '127.0.0.1', family: 4 }));
    assert.equal(connections, before + 1, 'the socket went to the pinned address');
  });

  it('a name resolving inside never gets a socket, with the real transport', async () => {
    const client = new GuardedClient({ resolve: async () => [{ address: '127.0.0.1', family: 4 }], send: pinnedSend }, { trustedPrefixes: [], allowPrivate: false, allowHttp: false });
    const before = connections;
    await assert.rejects(client.request(new URL(`https://evil.example.com:${tcpPort}/`), request), (error: unknown) => error instanceof OutboundError && error.kind === 'blocked');
    await assert.rejects(client.request(new URL(`http://evil.example.com:${tcpPort}/`), request), /only https/);
    await assert.rejects(client.request(new URL(`https://127.0.0.1:${tcpPort}/`), request), /loopback/);
    await assert.rejects(client.request(new URL(`https://[::ffff:7f00:1]:${tcpPort}/`), request), /loopback/);
    assert.equal(connections, before, 'no connection attempted');
  });

  it('redirects are answered, not followed; answers are capped; slow answers time out', async () => {
    const trusted = new GuardedClient({ resolve: async () => [], send: pinnedSend }, { trustedPrefixes: [`${httpUrl}/`], allowPrivate: false, allowHttp: false });
    const redirect = await trusted.request(new URL(`${httpUrl}/redirect`), request);
    assert.equal(redirect.status, 302);
    assert.equal(internalHits, 0, 'the redirect target was never asked');
    const large = await trusted.request(new URL(`${httpUrl}/large`), request);
    assert.equal(large.text.length, 1024);
    assert.equal(large.truncated, true);
    await assert.rejects(trusted.request(new URL(`${httpUrl}/slow`), { ...request, timeoutMs: 200 }), (error: unknown) => error instanceof OutboundError && error.kind === 'timeout');
    const privateAllowed = new GuardedClient({ resolve: async () => [], send: pinnedSend }, { trustedPrefixes: [], allowPrivate: true, allowHttp: true });
    assert.equal((await privateAllowed.request(new URL(`${httpUrl}/redirect`), request)).status, 302);
    assert.equal(internalHits, 0);
  });
});

describe('webhook deliveries to private receivers', () => {
  it('are refused without CONNECT_HUB_WEBHOOK_ALLOW_PRIVATE, and nothing reaches the receiver', async () => {
    const receiver = await WebhookReceiver.start();
    const t = await startTestServer({ config: { webhookAllowPrivate: false, webhooks: fastWebhooks() }, overrides: { clock: () => new Date() } });
    try {
      const endpoint = await addEndpoint(t, { url: receiver.url, events: ['account.created'] });
      await linkSandboxAccount(t);
      let deliveries: Record<string, unknown>[] = [];
      await waitUntil('the delivery is given up', async () => {
        const listed = await t.call('GET', `/webhooks/${endpoint.id}/deliveries`);
        deliveries = JSON.parse(listed.text) as Record<string, unknown>[];
        return Array.isArray(deliveries) && deliveries.some((d) => d.status === 'failed');
      });
      const failed = deliveries.find((d) => d.status === 'failed')!;
      assert.match(String(failed.last_error), /refused: 127\.0\.0\.1 points to an address that is not on the public internet \(loopback\); set CONNECT_HUB_WEBHOOK_ALLOW_PRIVATE=on/);
      assert.equal(receiver.received.length, 0, 'the receiver was never called');
    } finally {
      await t.stop();
      await receiver.stop();
    }
  });
});
