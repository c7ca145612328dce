#!/usr/bin/env node
/**
 * `connect-hub`: run the server and operate a project from a terminal.
 * Commands that act on a project speak the public HTTP API with its key, so they work against any
 * running server, local or remote, exactly as a host backend would.
 */
import { readFileSync } from 'node:fs';
import { Command, CommanderError, InvalidArgumentError } from 'commander';
import * as z from 'zod/mini';
import { en } from 'zod/locales';
import { CATALOG } from './catalog/index.js';
import { ConnectSessionCreate } from './contract/connect-sessions.js';
import type { LinkedAccount } from './contract/accounts.js';
import type { ReauthLink } from './contract/account-health.js';
import type { RotatedSigningKey } from './contract/result-token.js';
import type { ProjectSummary } from './contract/project.js';
import { CATEGORIES } from './contract/categories.js';
import { apiTarget, callApi, createLink } from './cli/api.js';
import { formatDate, parseDuration } from './cli/duration.js';
import { printTable } from './cli/table.js';
import { describeFailure, jsonFailure, wantsJson } from './cli/errors.js';

z.config(en());

const LINK_DEFAULT_SECONDS = 30 * 86_400;

function durationOption(value: string): number {
  try {
    return parseDuration(value);
  } catch (error) {
    throw new InvalidArgumentError((error as Error).message);
  }
}

function portOption(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new InvalidArgumentError(`"${value}" is not a port number`);
  return port;
}

function categoryOption(value: string): string {
  if (!(CATEGORIES as readonly string[]).includes(value)) {
    throw new InvalidArgumentError(`"${value}" is not a category; one of ${CATEGORIES.join(', ')}`);
  }
  return value;
}

/** This package's version: `src/../package.json` in the repository, `dist/../package.json` in the published package. */
const VERSION = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;
const JSON_ERRORS = wantsJson(process.argv.slice(2));

const program = new Command()
  .name('connect-hub')
  .description('Connect Hub: let your end users link their HRIS, ATS, CRM… accounts to your product.')
  .version(VERSION, '-v, --version', 'print the version')
  .addHelpText('after', '\nExit codes: 0 done, 1 failed (the server refused or could not be reached), 2 wrong usage (unknown command, bad or missing flag).\nWith --json, errors are JSON on stderr: {"error":{"code","message","exit_code","status"}}.')
  // Set before the commands are made: they copy it. Under --json, parse errors are printed by the catch below.
  .configureOutput(JSON_ERRORS ? { writeErr: () => {} } : {})
  .showHelpAfterError(JSON_ERRORS ? false : '(run with --help for usage)')
  .exitOverride();

program
  .command('serve')
  .description('start the connect API, the hub page and the demo on an embedded SQLite file (or PostgreSQL: DATABASE_URL)')
  .option('-p, --port <port>', 'port to listen on (env PORT, default 8787)', portOption)
  .option('--host <host>', 'interface to listen on (env HOST, default 127.0.0.1)')
  .option('-d, --data-dir <dir>', 'where the SQLite file and the secret key live (env CONNECT_HUB_DATA_DIR, default ./data)')
  .option('--public-url <url>', 'the URL end users reach this server at (env PUBLIC_URL)')
  .option('--no-link', 'do not create a sample auth link at start')
  .action(async (opts: { port?: number; host?: string; dataDir?: string; publicUrl?: string; link: boolean }) => {
    const { serve } = await import('./cli/serve.js');
    await serve(opts);
  });

const withTarget = (command: Command) =>
  command
    .option('--url <url>', 'server URL (env CONNECT_HUB_URL, default http://localhost:8787)')
    .option('--api-key <key>', 'project API key (env CONNECT_HUB_API_KEY)')
    .option('--json', 'print JSON instead of text');

withTarget(
  program
    .command('link')
    .description('create an auth link for an end user to connect an account (valid 30 days unless --expires-in)')
    .requiredOption('--owner-id <id>', 'origin owner id: the customer/organisation id in your system')
    .requiredOption('--owner-name <name>', 'origin owner name, e.g. the company name')
    .option('--username <username>', 'the person linking, e.g. an email')
    .option('--category <category>', 'limit the picker to one category', categoryOption)
    .option('--provider <provider>', 'open straight on one connector (its key, see `connectors`)')
    .option('--account <id>', 're-link: open the hub in edit mode for this account')
    .option('--expires-in <duration>', 'lifetime: seconds, or 45m, 12h, 30d, 2w (default 30d)', durationOption),
).action(async (opts) => {
  const target = apiTarget(opts);
  const body = ConnectSessionCreate.parse({
    origin_owner_id: opts.ownerId,
    origin_owner_name: opts.ownerName,
    origin_username: opts.username,
    categories: opts.category ? [opts.category] : undefined,
    provider: opts.provider,
    account_id: opts.account,
    expires_in: opts.expiresIn ?? LINK_DEFAULT_SECONDS,
  });
  const session = await createLink(target, body);
  if (opts.json) return console.log(JSON.stringify(session, null, 2));
  console.log(session.auth_link_url);
  console.log(`expires ${formatDate(session.expires_at)} · owner ${session.origin_owner_name} (${session.origin_owner_id})`);
});

const accounts = program.command('accounts').description('linked accounts: list (the default), show, reauth-link, delete');
withTarget(
  accounts
    .command('list', { isDefault: true })
    .description('list linked accounts (what `accounts` alone does)')
    .option('--owner-id <id>', 'only this origin owner')
    .option('--provider <provider>', 'only this provider')
    .option('--page <n>', 'page number (1-based)', '1'),
).action(async (opts) => {
  const target = apiTarget(opts);
  const query = new URLSearchParams({ page: opts.page, page_size: '100' });
  if (opts.ownerId) query.set('origin_owner_id', opts.ownerId);
  if (opts.provider) query.append('providers[]', opts.provider);
  const list = await callApi<LinkedAccount[]>(target, 'GET', `/accounts?${query}`);
  if (opts.json) return console.log(JSON.stringify(list, null, 2));
  if (list.length === 0) return console.log('no linked accounts yet');
  printTable(
    ['id', 'provider', 'owner id', 'owner name', 'username', 'status', 'updated'],
    list.map((a) => [a.id, a.provider, a.origin_owner_id, a.origin_owner_name, a.origin_username ?? '', a.status, formatDate(a.updated_at)]),
  );
});
withTarget(accounts.command('show <id>').description('one linked account: owner, status and its reasons, setup values (never its credentials)')).action(
  async (id: string, opts: { url?: string; apiKey?: string; json?: boolean }) => {
    const account = await callApi<LinkedAccount>(apiTarget(opts), 'GET', `/accounts/${encodeURIComponent(id)}`);
    if (opts.json) return console.log(JSON.stringify(account, null, 2));
    const rows: [string, string][] = [
      ['id', account.id],
      ['provider', account.provider_name ? `${account.provider} (${account.provider_name})` : account.provider],
      ['owner', `${account.origin_owner_name} (${account.origin_owner_id})`],
      ['username', account.origin_username ?? ''],
      ['label', account.label ?? ''],
      ['status', account.status],
      ...(account.first_failed_at ? [['first failed', formatDate(account.first_failed_at)] as [string, string]] : []),
      ...(account.status_reasons ?? []).map((reason): [string, string] => ['  reason', `${reason.code ?? ''} ${reason.description ?? ''} (${formatDate(reason.timestamp)})`.trim()]),
      ...Object.entries(account.setup_information ?? {}).map(([key, value]): [string, string] => [`  ${key}`, value]),
      ['created', formatDate(account.created_at)],
      ['updated', formatDate(account.updated_at)],
    ];
    const width = Math.max(...rows.map(([label]) => label.length));
    for (const [label, value] of rows) console.log(`${label.padEnd(width)}  ${value}`);
  },
);
withTarget(
  accounts
    .command('reauth-link <id>')
    .description("an auth link that opens this account in edit mode, so its owner enters the credentials again (e.g. after the health check made it invalid)")
    .option('--expires-in <duration>', 'lifetime: seconds, or 45m, 12h, 30d, 2w (default 30d)', durationOption),
).action(async (id: string, opts: { url?: string; apiKey?: string; json?: boolean; expiresIn?: number }) => {
  const link = await callApi<ReauthLink>(apiTarget(opts), 'POST', `/accounts/${encodeURIComponent(id)}/reauth_link`, opts.expiresIn ? { expires_in: opts.expiresIn } : {});
  if (opts.json) return console.log(JSON.stringify(link, null, 2));
  console.log(link.auth_link_url);
  console.log(`expires ${formatDate(link.expires_at)} · opens account ${link.account_id} in edit mode`);
});
withTarget(accounts.command('delete <id>').description('delete a linked account and its stored credentials (webhooks get account.deleted)')).action(
  async (id: string, opts: { url?: string; apiKey?: string; json?: boolean }) => {
    const deleted = await callApi<unknown>(apiTarget(opts), 'DELETE', `/accounts/${encodeURIComponent(id)}`);
    if (opts.json) return console.log(JSON.stringify(deleted, null, 2));
    console.log(`deleted account ${id}`);
  },
);

program
  .command('connectors')
  .description('list the connector catalog')
  .option('--category <category>', 'only this category', categoryOption)
  .option('--json', 'print JSON instead of text')
  .action((opts: { category?: string; json?: boolean }) => {
    const rows = CATALOG.filter((c) => !opts.category || c.category === opts.category);
    if (opts.json) return console.log(JSON.stringify(rows.map(({ verify, oauth, ...rest }) => rest), null, 2));
    printTable(
      ['key', 'name', 'category', 'auth'],
      rows.map((c) => [c.key, c.name, c.category, c.auth.type + (c.sandbox ? ' (sandbox, offline)' : '')]),
    );
  });

withTarget(
  program
    .command('project')
    .description("show the project; with --name or --allowed-origins, change it")
    .option('--name <name>', 'rename the project (shown at the top of the auth-link page)')
    .option('--allowed-origins <origins>', 'comma-separated origins allowed to embed the hub, e.g. https://app.example.com ("" clears)'),
).action(async (opts: { name?: string; allowedOrigins?: string; url?: string; apiKey?: string; json?: boolean }) => {
  const target = apiTarget(opts);
  const changes = {
    ...(opts.name === undefined ? {} : { name: opts.name }),
    ...(opts.allowedOrigins === undefined
      ? {}
      : { allowed_origins: opts.allowedOrigins.split(',').map((o) => o.trim()).filter(Boolean) }),
  };
  const project = await callApi<ProjectSummary>(target, Object.keys(changes).length ? 'PATCH' : 'GET', '/project', Object.keys(changes).length ? changes : undefined);
  if (opts.json) return console.log(JSON.stringify(project, null, 2));
  console.log(`${project.name} (${project.id})`);
  console.log(`  allowed origins  ${project.allowed_origins.length ? project.allowed_origins.join(', ') : 'none: the auth-link page posts results to no other window'}`);
  console.log(`  connectors       ${project.enabled_connector_count} enabled in ${project.categories.join(', ')}`);
});

const oauth = program.command('oauth').description("the project's OAuth apps (client id, secret, scopes) for OAuth connectors");
withTarget(
  oauth
    .command('set <provider>')
    .description('set the OAuth client of a connector; prints the redirect URL to register at the provider')
    .requiredOption('--client-id <id>', "the provider app's client id")
    .option('--client-secret <secret>', "the provider app's client secret (required the first time)")
    .option('--scopes <scopes>', 'scopes to request instead of the catalog defaults, comma or space separated'),
).action(async (provider: string, opts) => {
  const { setOAuthClient } = await import('./cli/oauth.js');
  await setOAuthClient(apiTarget(opts), provider, opts);
});
withTarget(oauth.command('list').description('list OAuth connectors, their client ids and redirect URLs')).action(async (opts) => {
  const { listOAuthClients } = await import('./cli/oauth.js');
  await listOAuthClients(apiTarget(opts), opts);
});
withTarget(oauth.command('remove <provider>').description("remove a connector's OAuth client")).action(async (provider: string, opts) => {
  const { removeOAuthClient } = await import('./cli/oauth.js');
  await removeOAuthClient(apiTarget(opts), provider);
});

const keys = program.command('result-keys').description("the key that signs result_token (published at /.well-known/jwks.json)");
withTarget(keys.command('rotate').description('sign new result tokens with a new key; the old one stays published until its tokens have expired (5 min)')).action(
  async (opts: { url?: string; apiKey?: string; json?: boolean }) => {
    const rotated = await callApi<RotatedSigningKey>(apiTarget(opts), 'POST', '/result_signing_keys/rotate');
    if (opts.json) return console.log(JSON.stringify(rotated, null, 2));
    console.log(`signing with ${rotated.kid}; ${rotated.retired} earlier key(s) published until ${formatDate(rotated.previous_published_until)}`);
  },
);

const webhooks = program.command('webhooks').description('webhook endpoints that receive account.created / updated / deleted, and their delivery log');
withTarget(
  webhooks
    .command('add <url>')
    .description('add an endpoint; prints its signing secret once')
    .option('--events <events>', 'comma-separated: account.created,account.updated,account.deleted,connect_session.renewal_requested,connect_session.renewed (default all)')
    .option('--description <text>', 'a note for operators')
    .option('--disabled', 'create it switched off'),
).action(async (url: string, opts) => {
  const { addWebhook } = await import('./cli/webhooks.js');
  await addWebhook(apiTarget(opts), url, opts);
});
withTarget(webhooks.command('list').description("list the project's webhook endpoints")).action(async (opts) => {
  const { listWebhooks } = await import('./cli/webhooks.js');
  await listWebhooks(apiTarget(opts), opts);
});
withTarget(webhooks.command('remove <id>').description('delete an endpoint and its delivery log')).action(async (id: string, opts) => {
  const { removeWebhook } = await import('./cli/webhooks.js');
  await removeWebhook(apiTarget(opts), id, opts);
});
withTarget(
  webhooks
    .command('rotate <id>')
    .description('new signing secret (shown once); the old one keeps signing during the overlap')
    .option('--overlap <duration>', 'how long the old secret still signs: seconds, or 45m, 12h, 1d (default 1d; 0 = stop now)', (value: string) =>
      value === '0' ? 0 : durationOption(value),
    ),
).action(async (id: string, opts) => {
  const { rotateWebhookSecret } = await import('./cli/webhooks.js');
  await rotateWebhookSecret(apiTarget(opts), id, opts);
});
withTarget(
  webhooks.command('deliveries <id>').description("an endpoint's delivery log, newest first").option('--status <status>', 'pending, delivered, failed or cancelled'),
).action(async (id: string, opts) => {
  const { listWebhookDeliveries } = await import('./cli/webhooks.js');
  await listWebhookDeliveries(apiTarget(opts), id, opts);
});
withTarget(
  webhooks
    .command('redeliver')
    .description('redeliver many deliveries at once (same webhook-ids): by default every failed one of the project')
    .option('--endpoint <id>', 'only this endpoint')
    .option('--status <statuses>', 'comma-separated: failed (default), cancelled, delivered, pending')
    .option('--since <time>', 'created at or after: a duration ago (2d, 12h) or an ISO date-time')
    .option('--until <time>', 'created at or before: a duration ago or an ISO date-time')
    .option('--limit <n>', 'at most this many, oldest first (default 1000, at most 10000)'),
).action(async (opts) => {
  const { redeliverWebhooks } = await import('./cli/webhooks.js');
  await redeliverWebhooks(apiTarget(opts), opts);
});
withTarget(webhooks.command('retry <delivery-id>').description('redeliver one delivery now (same webhook-id)')).action(async (deliveryId: string, opts) => {
  const { retryWebhookDelivery } = await import('./cli/webhooks.js');
  await retryWebhookDelivery(apiTarget(opts), deliveryId, opts);
});

try {
  await program.parseAsync(process.argv);
} catch (error) {
  const failure = describeFailure(error);
  // commander printed its parse errors already (and --help / --version, which exit 0), except under --json.
  const printed = error instanceof CommanderError && !JSON_ERRORS;
  if (failure.exitCode !== 0 && !printed) console.error(JSON_ERRORS ? jsonFailure(failure) : `connect-hub: ${failure.message}`);
  process.exitCode = failure.exitCode;
}
