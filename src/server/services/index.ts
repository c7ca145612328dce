import type { CredentialCipher } from '../crypto/index.js';
import type { AppDeps } from '../deps.js';
import type { Telemetry } from '../observability/telemetry.js';
import type { GuardedClient } from '../outbound/index.js';
import { createOAuthServices, type OAuthServices } from '../oauth/index.js';
import { AnalyticsService } from './analytics.js';
import { accountRoutesFacade, createAccountServices, type AccountRoutes, type AccountServices } from './accounts.js';
import { ConnectSessionService } from './connect-sessions.js';
import { ConnectorService } from './connectors.js';
import { CredentialVerifier } from './credential-verifier.js';
import { ProjectService } from './projects.js';
import { HandoffService } from './handoffs.js';
import { RenewalService } from './renewals.js';
import { ResultTokens } from '../result-token/result-tokens.js';
import { createAccountHealth, type AccountHealth } from '../health/index.js';

export interface Services {
  projects: ProjectService;
  sessions: ConnectSessionService;
  connectors: ConnectorService;
  /** What the account routes call; `accountServices` holds each audience's service. */
  accounts: AccountRoutes;
  accountServices: AccountServices;
  /** Connection attempts, OAuth clients, the OAuth flow and the credentials endpoint. */
  oauth: OAuthServices;
  /** Renewable links (issue 17 §1). */
  renewals: RenewalService;
  /** The hand-off to the phone (issue 17 §2). */
  handoffs: HandoffService;
  /** `result_token`s for the hub's successes and the JWKS that verifies them (issue 17 §4). */
  resultTokens: ResultTokens;
  /** The health checks' scheduler and the re-auth links (issue 17 §3). */
  health: AccountHealth;
  /** The hub's reported steps and the funnel counted from them. */
  analytics: AnalyticsService;
}

export interface ServiceParts {
  cipher: CredentialCipher;
  /** Provider calls (credential checks, OAuth token requests) go out through it. */
  providers: GuardedClient;
  telemetry: Telemetry;
  /** An account change and its outbox event just committed (the webhook dispatcher's nudge). */
  eventsCommitted?: (() => void) | undefined;
}

export function createServices(deps: AppDeps, parts: ServiceParts): Services {
  const { config, db, clock } = deps;
  const { cipher, providers, telemetry } = parts;
  const projects = new ProjectService(db, clock, { sandbox: config.sandbox });
  const sessions = new ConnectSessionService(db, clock, projects, { publicUrl: config.publicUrl, maxSessionSeconds: config.maxSessionSeconds });
  const connectors = new ConnectorService(projects, db, { publicUrl: config.publicUrl });
  const verifier = new CredentialVerifier(providers, { selfUrl: config.selfUrl, timeoutMs: config.verifyTimeoutMs });
  const accountServices = createAccountServices({ db, clock, cipher, verifier, connectors, telemetry, eventsCommitted: parts.eventsCommitted });
  const oauth = createOAuthServices(deps, { cipher, providers, telemetry, sessions, projects, connectors, accounts: accountServices });
  const resultTokens = new ResultTokens({ db, clock, cipher, issuer: config.publicUrl });
  const health = createAccountHealth(
    { db, clock, logger: deps.logger, random: deps.random, settings: config.health },
    { verifier, accounts: accountServices, oauth, sessions, projects },
  );
  const analytics = new AnalyticsService(db, clock);
  const renewals = new RenewalService(db, clock, sessions, parts.eventsCommitted);
  const handoffs = new HandoffService(db, clock, sessions, connectors, { publicUrl: config.publicUrl, resultToken: (hub, account) => resultTokens.forSession(hub, account) });
  return { projects, sessions, connectors, accounts: accountRoutesFacade(accountServices), accountServices, oauth, resultTokens, health, analytics, renewals, handoffs };
}
