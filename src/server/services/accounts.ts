import type { Db } from '../db/database.js';
import type { CredentialCipher } from '../crypto/index.js';
import type { Telemetry } from '../observability/telemetry.js';
import type { ConnectorService } from './connectors.js';
import type { CredentialVerifier } from './credential-verifier.js';
import { AccountChanges } from './accounts/account-changes.js';
import { AccountSecrets } from './accounts/account-secrets.js';
import { AccountsApi } from './accounts/accounts-api.js';
import { AccountHealthWrites } from './accounts/health-writes.js';
import { HubAccountWrites } from './accounts/hub-writes.js';
import { OAuthAccountWrites } from './accounts/oauth-writes.js';

export { AccountSecrets } from './accounts/account-secrets.js';
export { AccountsApi, type AccountListQuery, type AccountPage } from './accounts/accounts-api.js';
export { toLinkedAccount } from './accounts/account-rows.js';
export { AccountHealthWrites, type CredentialsRefusal } from './accounts/health-writes.js';
export { HubAccountWrites } from './accounts/hub-writes.js';
export { OAuthAccountWrites } from './accounts/oauth-writes.js';

/**
 * Accounts by audience: the hub's writes, the OAuth side's, the Accounts API, the status a provider's verdict on
 * stored credentials sets (health); one cipher and one outbox under them.
 */
export interface AccountServices {
  hub: HubAccountWrites;
  oauth: OAuthAccountWrites;
  health: AccountHealthWrites;
  api: AccountsApi;
  secrets: AccountSecrets;
}

export function createAccountServices(parts: {
  db: Db;
  clock: () => Date;
  cipher: CredentialCipher;
  verifier: CredentialVerifier;
  connectors: ConnectorService;
  telemetry: Telemetry;
  /** An account change and its outbox event just committed (the webhook dispatcher's nudge). */
  eventsCommitted?: (() => void) | undefined;
}): AccountServices {
  const { db, clock } = parts;
  const secrets = new AccountSecrets(parts.cipher);
  const changes = new AccountChanges(db, clock, parts.eventsCommitted);
  return {
    hub: new HubAccountWrites({ db, clock, secrets, changes, verifier: parts.verifier, connectors: parts.connectors, telemetry: parts.telemetry }),
    oauth: new OAuthAccountWrites({ clock, secrets, changes }),
    health: new AccountHealthWrites({ clock, changes }),
    api: new AccountsApi({ db, clock, secrets, changes, verifier: parts.verifier }),
    secrets,
  };
}

/** The one object the routes call (`services.accounts.list`, `.createFromHub`, …): each method is its audience's. */
export type AccountRoutes = Pick<AccountsApi, 'list' | 'get' | 'meta' | 'patch' | 'delete'> &
  Pick<HubAccountWrites, 'existingAccountId' | 'hubAccount' | 'createFromHub' | 'updateFromHub'>;

export function accountRoutesFacade({ hub, api }: AccountServices): AccountRoutes {
  return {
    list: api.list.bind(api),
    get: api.get.bind(api),
    meta: api.meta.bind(api),
    patch: api.patch.bind(api),
    delete: api.delete.bind(api),
    existingAccountId: hub.existingAccountId.bind(hub),
    hubAccount: hub.hubAccount.bind(hub),
    createFromHub: hub.createFromHub.bind(hub),
    updateFromHub: hub.updateFromHub.bind(hub),
  };
}
