import { type AddressInfo } from 'node:net';
import { createServer } from 'node:http';
import { getRequestListener } from '@hono/node-server';
import { createApp } from './app.js';
import { DEFAULT_SESSION_RETENTION_DAYS, type AppConfig, type ServerConfig } from './config.js';
import { loadSecretKey } from './crypto/index.js';
import { assertCredentialKey } from './crypto/key-check.js';
import { openDatabase } from './db/database.js';
import { RunningRequests } from './http/running-requests.js';
import { answerClientErrors, requestNotUnderstood } from './http/client-error.js';
import type { ProjectRow } from './db/schema.js';
import type { AppDeps } from './deps.js';
import { createLogger } from './observability/logger.js';
import type { Services } from './services/index.js';
import { ProjectService } from './services/projects.js';
import { applyOAuthClientSettings } from './oauth/boot.js';
import { SessionSweeper } from './housekeeping/session-sweeper.js';
import type { HealthRunSummary } from './health/index.js';

export { readConfig, ConfigError, type ServerConfig, type AppConfig } from './config.js';
export { createApp } from './app.js';
export type { AppDeps, Logger } from './deps.js';

export interface RunningServer {
  /** Where this server listens, e.g. `http://127.0.0.1:8787`. */
  url: string;
  port: number;
  publicUrl: string;
  /** The default project's key when it was just created or pinned by configuration; else undefined. */
  apiKey: string | undefined;
  project: ProjectRow;
  /** In-process access for the CLI (e.g. the sample auth link printed at start). */
  services: Services;
  /** One housekeeping sweep now (it also runs at start and hourly); resolves with the sessions deleted. */
  sweepExpiredSessions(): Promise<number>;
  /** One run of the accounts' health checks now (it also runs every few seconds): what is due by the clock. */
  checkAccountHealth(): Promise<HealthRunSummary>;
  close(): Promise<void>;
}

/** How long `close()` lets running requests finish before it cuts their connections. */
const SHUTDOWN_GRACE_MS = 5_000;

/** Parts tests may swap; everything else comes from the configuration. */
export type ServerOverrides = Partial<Pick<AppDeps, 'clock' | 'fetch' | 'resolve' | 'logger' | 'random'>>;

export async function startServer(config: ServerConfig, overrides: ServerOverrides = {}): Promise<RunningServer> {
  const clock = overrides.clock ?? (() => new Date());
  const logger = overrides.logger ?? createLogger({ level: config.logLevel, format: config.logFormat });
  const secretKey = loadSecretKey(config.secretKey, config.dataDir);
  const db = await openDatabase({ dataDir: config.dataDir, databaseUrl: config.databaseUrl, poolSize: config.databasePoolSize, clock });

  try {
    await assertCredentialKey(db, secretKey, clock().toISOString());
    const { project, apiKey } = await new ProjectService(db, clock).ensureDefaultProject(config.apiKey);

    // The app needs its own URL (sandbox verify calls, links), known only once the port is bound.
    // The node bindings (`{incoming, outgoing}`) go through: the rate limits read the socket's peer address.
    let handle: ((request: Request, env: unknown) => Response | Promise<Response>) | undefined;
    const running = new RunningRequests();
    const listener = getRequestListener(
      (request: Request, env: unknown) => (handle ? running.during(() => handle!(request, env)) : new Response('starting', { status: 503 })),
      // A request Hono cannot turn into a Request (no Host, a backslash path) gets the JSON error too, not an empty 400.
      { hostname: 'localhost', errorHandler: () => requestNotUnderstood(clock) },
    );
    // Without a Host header Node would answer a bare 400 itself; every URL the app builds comes from PUBLIC_URL.
    const server = createServer({ requireHostHeader: false }, listener);
    running.watch(server);
    answerClientErrors(server, clock);
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(config.port, config.host, () => {
        server.off('error', reject);
        resolve();
      });
    });
    const port = (server.address() as AddressInfo).port;
    const hostForUrl = config.host.includes(':') ? `[${config.host}]` : config.host === '0.0.0.0' ? '127.0.0.1' : config.host;
    const url = `http://${hostForUrl}:${port}`;
    const appConfig: AppConfig = { ...config, port, publicUrl: config.publicUrl ?? `http://localhost:${port}`, selfUrl: url };
    const { app, services, webhooks, rateLimits } = createApp({ config: appConfig, db, clock, logger, fetch: overrides.fetch, resolve: overrides.resolve, secretKey, random: overrides.random });
    await applyOAuthClientSettings(services.oauth.clients, project, appConfig).catch(async (error: unknown) => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      throw error;
    });
    // On PostgreSQL the limits' table is made now: a server that cannot count failures does not serve.
    await rateLimits.ready().catch(async (error: unknown) => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      throw error;
    });
    handle = app.fetch;
    if (config.webhooks.dispatch) webhooks.dispatcher.start();
    const sweeper = new SessionSweeper({ db, clock, logger, retentionDays: config.sessionRetentionDays ?? DEFAULT_SESSION_RETENTION_DAYS });
    sweeper.start();
    services.health.scheduler.start();

    let closed: Promise<void> | undefined;
    return {
      url,
      port,
      publicUrl: appConfig.publicUrl,
      apiKey,
      project,
      services,
      sweepExpiredSessions: () => sweeper.sweep(),
      checkAccountHealth: () => services.health.scheduler.runDue(),
      close: () =>
        (closed ??= (async () => {
          // No new requests; those under way finish first, with their database work (a client that hung up
          // does not stop its request's handler), for SHUTDOWN_GRACE_MS at most.
          const listenerClosed = new Promise<void>((resolve) => server.close(() => resolve()));
          if ('closeIdleConnections' in server) server.closeIdleConnections();
          await running.settled(SHUTDOWN_GRACE_MS);
          if ('closeAllConnections' in server) server.closeAllConnections();
          await listenerClosed;
          await webhooks.dispatcher.stop();
          await sweeper.stop();
          await services.health.scheduler.stop();
          await db.destroy();
        })()),
    };
  } catch (error) {
    await db.destroy();
    throw error;
  }
}
