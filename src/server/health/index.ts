import type { AppDeps } from '../deps.js';
import type { OAuthServices } from '../oauth/index.js';
import type { AccountServices } from '../services/accounts.js';
import type { ConnectSessionService } from '../services/connect-sessions.js';
import type { CredentialVerifier } from '../services/credential-verifier.js';
import type { ProjectService } from '../services/projects.js';
import { AccountChecks } from './account-checks.js';
import { HealthScheduler, type HealthSettings } from './health-scheduler.js';
import { ReauthLinks } from './reauth-links.js';

export { HealthScheduler, DEFAULT_HEALTH_SETTINGS, type HealthRunSummary, type HealthSettings } from './health-scheduler.js';

/** Accounts that heal: the scheduler that re-verifies and refreshes, and the re-auth links that fix the rest. */
export interface AccountHealth {
  scheduler: HealthScheduler;
  reauthLinks: ReauthLinks;
}

export function createAccountHealth(
  deps: Pick<AppDeps, 'db' | 'clock' | 'logger' | 'random'> & { settings?: Partial<HealthSettings> | undefined },
  parts: {
    verifier: CredentialVerifier;
    accounts: AccountServices;
    oauth: OAuthServices;
    sessions: ConnectSessionService;
    projects: ProjectService;
  },
): AccountHealth {
  const { db, clock } = deps;
  const checks = new AccountChecks({ db, clock, verifier: parts.verifier, secrets: parts.accounts.secrets, credentials: parts.oauth.credentials, projects: parts.projects });
  const scheduler = new HealthScheduler({
    db,
    clock,
    random: deps.random ?? Math.random,
    logger: deps.logger,
    checks,
    health: parts.accounts.health,
    ...(deps.settings ? { settings: deps.settings } : {}),
  });
  return { scheduler, reauthLinks: new ReauthLinks(parts.accounts.api, parts.sessions) };
}
