import type { AppDeps } from '../deps.js';
import type { CredentialCipher } from '../crypto/index.js';
import type { Telemetry } from '../observability/telemetry.js';
import type { GuardedClient } from '../outbound/index.js';
import type { AccountServices } from '../services/accounts.js';
import type { ConnectSessionService } from '../services/connect-sessions.js';
import type { ConnectorService } from '../services/connectors.js';
import type { ProjectService } from '../services/projects.js';
import { AccountCredentialsService } from './account-credentials.js';
import { ConnectionAttemptService } from './attempts.js';
import { OAuthClientService } from './clients.js';
import { OAuthFlowService } from './flow.js';
import { TokenClient } from './token-client.js';
import { TokenSealing } from './token-sealing.js';

export interface OAuthServices {
  clients: OAuthClientService;
  attempts: ConnectionAttemptService;
  flow: OAuthFlowService;
  credentials: AccountCredentialsService;
}

export function createOAuthServices(
  deps: AppDeps,
  parts: {
    cipher: CredentialCipher;
    providers: GuardedClient;
    telemetry: Telemetry;
    sessions: ConnectSessionService;
    projects: ProjectService;
    connectors: ConnectorService;
    accounts: AccountServices;
  },
): OAuthServices {
  const { config, db, clock, logger } = deps;
  const { cipher, telemetry, sessions, projects, connectors, accounts } = parts;
  const clients = new OAuthClientService(db, clock, cipher, { publicUrl: config.publicUrl, sandbox: config.sandbox });
  const attempts = new ConnectionAttemptService(db, clock);
  const tokens = new TokenClient(parts.providers, clock, config.verifyTimeoutMs);
  const sealing = new TokenSealing(cipher);
  // `sandbox_crm` signs in at this server's own /sandbox/oauth unless CONNECT_HUB_SANDBOX_OAUTH_URL names another:
  // the browser goes to the public URL, our token calls to the address this server reaches itself at.
  const sandboxOn = config.sandbox !== false;
  const urlVariables = { sandbox_oauth_url: sandboxOn ? (config.sandboxOAuthUrl ?? `${config.selfUrl}/sandbox/oauth`) : undefined };
  const browserUrlVariables = { sandbox_oauth_url: sandboxOn ? (config.sandboxOAuthUrl ?? `${config.publicUrl}/sandbox/oauth`) : undefined };
  const ownOrigins = [...new Set([new URL(config.publicUrl).origin, new URL(config.selfUrl).origin])];
  const flow = new OAuthFlowService({
    db,
    clock,
    sealing,
    logger,
    telemetry,
    sessions,
    projects,
    connectors,
    accounts: accounts.oauth,
    attempts,
    clients,
    tokens,
    ownOrigins,
    urlVariables,
    browserUrlVariables,
  });
  const credentials = new AccountCredentialsService({
    db,
    clock,
    sealing,
    logger,
    accounts: accounts.api,
    secrets: accounts.secrets,
    health: accounts.health,
    clients,
    tokens,
    urlVariables,
  });
  return { clients, attempts, flow, credentials };
}
