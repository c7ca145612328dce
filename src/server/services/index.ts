import { CredentialCipher } from '../crypto/index.js';
import type { AppDeps } from '../deps.js';
import type { GuardedClient } from '../outbound/index.js';
import { createOAuthServices, type OAuthServices } from '../oauth/index.js';
import { AccountService } from './accounts.js';
import { ConnectSessionService } from './connect-sessions.js';
import { ConnectorService } from './connectors.js';
import { CredentialVerifier } from './credential-verifier.js';
import { ProjectService } from './projects.js';

export interface Services {
  projects: ProjectService;
  sessions: ConnectSessionService;
  connectors: ConnectorService;
  accounts: AccountService;
  /** Connection attempts, OAuth clients, the OAuth flow and the credentials endpoint (issue 4). */
  oauth: OAuthServices;
}

/** `eventsCommitted`: an account change and its outbox event just committed (the webhook dispatcher's nudge). */
export function createServices(deps: AppDeps, providers: GuardedClient, eventsCommitted?: () => void): Services {
  const { config, db, clock } = deps;
  const projects = new ProjectService(db, clock, { sandbox: config.sandbox });
  const sessions = new ConnectSessionService(db, clock, projects, { publicUrl: config.publicUrl, maxSessionSeconds: config.maxSessionSeconds });
  const connectors = new ConnectorService(projects, { publicUrl: config.publicUrl });
  const verifier = new CredentialVerifier(providers, { selfUrl: config.selfUrl, timeoutMs: config.verifyTimeoutMs });
  const cipher = new CredentialCipher(deps.secretKey);
  const accounts = new AccountService(db, clock, cipher, verifier, connectors, eventsCommitted);
  const oauth = createOAuthServices(deps, cipher, providers, { sessions, projects, connectors, accounts });
  return { projects, sessions, connectors, accounts, oauth };
}
