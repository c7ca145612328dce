import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { startTestServer, type TestServer } from '../server/harness.js';

const run = promisify(execFile);

interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the real CLI as a user would, against the real server; never throws on a non-zero exit. */
async function cli(args: string[], env: Record<string, string> = {}): Promise<CliResult> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], {
      env: { ...process.env, FORCE_COLOR: '0', ...env },
      timeout: 60_000,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof failed.code === 'number' ? failed.code : 1, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' };
  }
}

describe('connect-hub CLI', () => {
  let t: TestServer;
  let env: Record<string, string>;
  before(async () => {
    t = await startTestServer();
    env = { CONNECT_HUB_URL: t.server.url, CONNECT_HUB_API_KEY: t.apiKey };
  });
  after(() => t.stop());

  it('link prints a working auth link that expires in 30 days by default', async () => {
    const result = await cli(['link', '--owner-id', 'org-cli', '--owner-name', 'Cli Corp', '--username', 'ops@cli.test', '--category', 'hris', '--json'], env);
    assert.equal(result.code, 0, result.stderr);
    const session = JSON.parse(result.stdout) as { auth_link_url: string; expires_at: string; created_at: string; token: string; categories: string[] };
    assert.match(session.auth_link_url, /\/embedded\/integrations\?token=chs_/);
    const days = (Date.parse(session.expires_at) - Date.parse(session.created_at)) / 86_400_000;
    assert.ok(Math.abs(days - 30) < 0.01, `expected 30 days, got ${days}`);
    assert.deepEqual(session.categories, ['hris']);
    const connectors = await t.call('GET', '/hub/connectors', { token: session.token });
    const listed = (connectors.body.integrations as { type: string }[]).map((i) => i.type);
    assert.ok(listed.length > 0 && listed.every((type) => type === 'hris'), 'the link opens on HRIS connectors only');
  });

  it('link --expires-in accepts units; text output names the link and its expiry', async () => {
    const result = await cli(['link', '--owner-id', 'org-cli', '--owner-name', 'Cli Corp', '--expires-in', '2h'], env);
    assert.equal(result.code, 0, result.stderr);
    const [link, expiry] = result.stdout.trim().split('\n');
    assert.match(link, /^http:\/\/.+\/embedded\/integrations\?token=chs_/);
    assert.match(expiry, /^expires \d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC · owner Cli Corp \(org-cli\)$/);
  });

  it('a wrong command line exits 2 with the reason; a failure exits 1 with a one-line reason', async () => {
    const missing = await cli(['link', '--owner-name', 'Cli Corp'], env);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /required option '--owner-id/);
    const duration = await cli(['link', '--owner-id', 'x', '--owner-name', 'y', '--expires-in', 'soon'], env);
    assert.equal(duration.code, 2);
    assert.match(duration.stderr, /"soon" is not a duration/);
    for (const args of [['nope'], ['accounts', '--bogus'], ['accounts', 'show'], ['webhooks', 'redeliver', '--since', 'yesterday']]) {
      const usage = await cli(args, env);
      assert.equal(usage.code, 2, `${args.join(' ')}: ${usage.stderr}`);
      assert.notEqual(usage.stderr, '');
    }
    const noKey = await cli(['accounts'], { ...env, CONNECT_HUB_API_KEY: '' });
    assert.equal(noKey.code, 2, 'a missing key is a missing flag');
    assert.match(noKey.stderr, /^connect-hub: no API key: pass --api-key/);
    const badKey = await cli(['accounts'], { ...env, CONNECT_HUB_API_KEY: 'chk_wrong' });
    assert.equal(badKey.code, 1);
    assert.equal(badKey.stderr.trim().split('\n').length, 1, badKey.stderr);
    assert.match(badKey.stderr, /^connect-hub: 401 /);
    const unreachable = await cli(['accounts'], { ...env, CONNECT_HUB_URL: 'http://127.0.0.1:9' });
    assert.equal(unreachable.code, 1);
    assert.match(unreachable.stderr, /cannot reach http:\/\/127\.0\.0\.1:9/);
  });

  it('--json errors are one JSON object on stderr, for wrong usage and for failures', async () => {
    const usage = await cli(['link', '--owner-name', 'Cli Corp', '--json'], env);
    assert.equal(usage.code, 2);
    assert.equal(usage.stdout, '');
    assert.deepEqual(JSON.parse(usage.stderr), { error: { code: 'usage', message: "required option '--owner-id <id>' not specified", exit_code: 2 } });
    const unknown = await cli(['nope', '--json'], env);
    assert.equal(unknown.code, 2);
    assert.equal((JSON.parse(unknown.stderr) as { error: { message: string } }).error.message, "unknown command 'nope'");
    const refused = await cli(['accounts', '--json'], { ...env, CONNECT_HUB_API_KEY: 'chk_wrong' });
    assert.equal(refused.code, 1);
    const { error } = JSON.parse(refused.stderr) as { error: { code: string; status: number; exit_code: number; message: string } };
    assert.equal(error.code, 'unauthorized');
    assert.equal(error.status, 401);
    assert.equal(error.exit_code, 1);
    assert.match(error.message, /^401 Unknown API key/);
  });

  it('--version and -v print the version', async () => {
    const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    for (const flag of ['--version', '-v']) {
      const result = await cli([flag]);
      assert.equal(result.code, 0);
      assert.equal(result.stdout, `${version}\n`);
    }
  });

  it('accounts show <id> prints one account; accounts delete <id> deletes it', async () => {
    const { body } = await t.call('POST', '/connect_sessions', { json: { origin_owner_id: 'org-cli-3', origin_owner_name: 'Three', origin_username: 'three@cli.test' } });
    const linked = await t.call('POST', '/hub/accounts', {
      token: String(body.token),
      json: { integration_id: 'sandbox_hris', credentials: { subdomain: 'three', api_key: 'sandbox_good' } },
    });
    assert.equal(linked.status, 201, linked.text);
    const id = String(linked.body.id);

    const shown = await cli(['accounts', 'show', id], env);
    assert.equal(shown.code, 0, shown.stderr);
    assert.match(shown.stdout, new RegExp(`^id\\s+${id}$`, 'm'));
    assert.match(shown.stdout, /^owner\s+Three \(org-cli-3\)$/m);
    assert.match(shown.stdout, /^username\s+three@cli\.test$/m);
    assert.match(shown.stdout, /^\s+subdomain\s+three$/m, 'setup values are shown');
    assert.doesNotMatch(shown.stdout, /sandbox_good/, 'credentials are not');
    const json = await cli(['accounts', 'show', id, '--json'], env);
    assert.deepEqual(JSON.parse(json.stdout), (await t.call('GET', `/accounts/${id}`)).body);

    // Issue 17: a re-auth link opens this account in edit mode; the result-token key rotates.
    const reauth = await cli(['accounts', 'reauth-link', id, '--expires-in', '2h'], env);
    assert.equal(reauth.code, 0, reauth.stderr);
    const [reauthUrl, reauthLine] = reauth.stdout.trim().split('\n');
    assert.match(reauthLine ?? '', new RegExp(`^expires .+ UTC · opens account ${id} in edit mode$`));
    const reauthToken = new URL(reauthUrl ?? '').searchParams.get('token') ?? '';
    assert.equal((await t.call('GET', '/hub/settings', { token: reauthToken })).body.existing_account_id, id);
    const rotated = await cli(['result-keys', 'rotate', '--json'], env);
    assert.equal(rotated.code, 0, rotated.stderr);
    const kid = (JSON.parse(rotated.stdout) as { kid: string }).kid;
    assert.ok(((await t.call('GET', '/.well-known/jwks.json')).body.keys as { kid: string }[]).some((key) => key.kid === kid));

    const deleted = await cli(['accounts', 'delete', id], env);
    assert.equal(deleted.code, 0, deleted.stderr);
    assert.equal(deleted.stdout, `deleted account ${id}\n`);
    assert.equal((await t.call('GET', `/accounts/${id}`)).status, 404);
    const again = await cli(['accounts', 'delete', id, '--json'], env);
    assert.equal(again.code, 1);
    assert.equal((JSON.parse(again.stderr) as { error: { code: string; status: number } }).error.status, 404);
    const gone = await cli(['accounts', 'show', id], env);
    assert.equal(gone.code, 1);
    assert.match(gone.stderr, /^connect-hub: 404 /);
  });

  it('accounts lists linked accounts; connectors lists the catalog; project sets allowed origins', async () => {
    const { body } = await t.call('POST', '/connect_sessions', { json: { origin_owner_id: 'org-cli-2', origin_owner_name: 'Two' } });
    const linked = await t.call('POST', '/hub/accounts', {
      token: String(body.token),
      json: { integration_id: 'sandbox_hris', credentials: { subdomain: 'two', api_key: 'sandbox_good' } },
    });
    assert.equal(linked.status, 201, linked.text);
    const accounts = await cli(['accounts', '--owner-id', 'org-cli-2'], env);
    assert.equal(accounts.code, 0, accounts.stderr);
    assert.match(accounts.stdout, new RegExp(`${linked.body.id}\\s+sandbox_hris\\s+org-cli-2\\s+Two`));

    const connectors = await cli(['connectors', '--category', 'ats'], env);
    assert.match(connectors.stdout, /sandbox_ats\s+Sandbox ATS\s+ats/);
    assert.doesNotMatch(connectors.stdout, /sandbox_hris/);

    const project = await cli(['project', '--allowed-origins', 'https://app.cli.test, http://localhost:3000', '--json'], env);
    assert.equal(project.code, 0, project.stderr);
    assert.deepEqual(JSON.parse(project.stdout).allowed_origins, ['https://app.cli.test', 'http://localhost:3000']);
  });

  it('--help describes every command', async () => {
    const help = await cli(['--help']);
    assert.equal(help.code, 0);
    for (const command of ['serve', 'link', 'accounts', 'connectors', 'project', 'oauth', 'webhooks']) assert.match(help.stdout, new RegExp(`\\b${command}\\b`));
    assert.match(help.stdout, /-v, --version/);
    assert.match(help.stdout, /Exit codes: 0 done, 1 failed .*, 2 wrong usage/);
    const accountsHelp = await cli(['accounts', '--help']);
    for (const command of ['list', 'show', 'delete']) assert.match(accountsHelp.stdout, new RegExp(`^  ${command} `, 'm'));
    const linkHelp = await cli(['link', '--help']);
    assert.match(linkHelp.stdout, /--owner-id <id>/);
    assert.match(linkHelp.stdout, /default 30d/);
  });
});
