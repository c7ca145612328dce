import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { readConfig, startServer } from '../server/index.js';
import { formatDate } from './duration.js';

const SAMPLE_LINK_SECONDS = 30 * 86_400;

export interface ServeOptions {
  port?: number;
  host?: string;
  dataDir?: string;
  publicUrl?: string;
  link: boolean;
}

/** Where a PostgreSQL URL points, without its password. */
function describeDatabaseUrl(databaseUrl: string): string {
  const url = new URL(databaseUrl);
  return `${url.hostname}${url.port ? `:${url.port}` : ''}${url.pathname}`;
}

/**
 * Starts the server and prints where everything is: the API key only when it was just created, and (where the
 * demo is on, i.e. on loopback) a ready-to-open auth link for a sample customer.
 */
export async function serve(opts: ServeOptions): Promise<void> {
  const config = readConfig(process.env, {
    port: opts.port,
    host: opts.host,
    dataDir: opts.dataDir,
    publicUrl: opts.publicUrl,
  });
  const server = await startServer(config);
  const base = server.publicUrl;
  const rows: [string, string][] = [
    ['API', base],
    ['OpenAPI', `${base}/openapi.json`],
  ];
  if (existsSync(join(config.distDir, 'dashboard', 'index.html'))) rows.push(['Dashboard', `${base}/dashboard`]);
  if (config.demo && existsSync(join(config.distDir, 'demo', 'index.html'))) rows.push(['Demo', `${base}/demo`]);
  else if (!config.demo) rows.push(['Demo', 'off (CONNECT_HUB_DEMO=on turns it on; it mints sessions without a key)']);
  if (!existsSync(join(config.distDir, 'index.html'))) rows.push(['Hub page', 'not built: run `npm run build` (npm start does it)']);
  rows.push(config.databaseUrl ? ['Database', `PostgreSQL ${describeDatabaseUrl(config.databaseUrl)}`] : ['Data', `${config.dataDir} (SQLite)`]);
  if (!config.sandbox) rows.push(['Sandbox', 'off (CONNECT_HUB_SANDBOX=on turns on the pretend providers and their connectors)']);
  else rows.push(['Sandbox', `${base}/sandbox   (pretend providers; sandbox_crm signs in at ${config.sandboxOAuthUrl ?? `${base}/sandbox/oauth`})`]);
  // These lines end up in container logs: a key is printed only the one time it is made, never a pinned one.
  if (config.apiKey) rows.push(['API key', 'set by CONNECT_HUB_API_KEY']);
  else if (server.apiKey) rows.push(['API key', `${server.apiKey}   (new project: shown this once; set CONNECT_HUB_API_KEY to pin it)`]);
  else rows.push(['API key', 'printed on the first start only; set CONNECT_HUB_API_KEY to use a known one']);
  // A fresh 30-day link on every start would be a working credential in every log: only where the demo is on.
  if (opts.link && !config.demo) rows.push(['Auth link', 'none printed while the demo is off: make one with `connect-hub link` or POST /connect_sessions']);
  if (opts.link && config.demo) {
    const session = await server.services.sessions.create(server.project, {
      origin_owner_id: 'sample-customer',
      origin_owner_name: 'Sample Customer',
      expires_in: SAMPLE_LINK_SECONDS,
    });
    rows.push(['Auth link', `${session.auth_link_url}   (expires ${formatDate(session.expires_at)})`]);
  }
  const width = Math.max(...rows.map(([label]) => label.length));
  // On stderr: stdout carries the request log, one JSON object a line when it is not a terminal, for collectors to parse.
  console.error(`\nConnect Hub is running (project "${server.project.name}")`);
  for (const [label, value] of rows) console.error(`  ${label.padEnd(width)}  ${value}`);
  console.error('');

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await server.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
