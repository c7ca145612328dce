import { isOAuthConnector, type ConnectorDefinition } from '../../../catalog/index.js';
import { redact } from '../../../contract/fields.js';
import type { HubAccount, HubAccountResult, HubAccountWrite } from '../../../contract/hub.js';
import type { HubSession } from '../../context.js';
import type { Db } from '../../db/database.js';
import type { AccountRow } from '../../db/schema.js';
import * as accounts from '../../db/stores/accounts.js';
import { ApiError } from '../../errors.js';
import type { Telemetry } from '../../observability/telemetry.js';
import type { ConnectorService } from '../connectors.js';
import type { CredentialVerifier } from '../credential-verifier.js';
import { mergeCredentials, type CredentialValues } from '../credentials.js';
import type { AccountChanges } from './account-changes.js';
import type { AccountSecrets } from './account-secrets.js';
import { identityTarget, linkAccount } from './session-link.js';

/** The provider's answers to a credential check that mean the end user's link failed. */
const LINK_FAILURES = new Set(['provider_rejected', 'provider_unreachable', 'provider_timeout']);

export interface HubAccountWritesDeps {
  db: Db;
  clock: () => Date;
  secrets: AccountSecrets;
  changes: AccountChanges;
  verifier: CredentialVerifier;
  connectors: ConnectorService;
  telemetry: Telemetry;
}

/** What the hub (a connect session token) may read and write of accounts: E1, E4–E6 of CONTRACT.md. */
export class HubAccountWrites {
  constructor(private readonly deps: HubAccountWritesDeps) {}

  /** E1: the account a link through this session would update, if any (the identity rule). */
  async existingAccountId(hub: HubSession): Promise<string | null> {
    return (await identityTarget(this.deps.db, hub, hub.session.provider))?.id ?? null;
  }

  /** E4: camelCase, secrets redacted. */
  async hubAccount(hub: HubSession, accountId: string): Promise<HubAccount> {
    const account = await this.accountForSession(hub, accountId);
    const stored = this.deps.secrets.open(account);
    return {
      id: account.id,
      provider: account.provider,
      integrationId: account.integration_id,
      authConfigKey: account.auth_config_key,
      environment: account.environment,
      setupInformation: stored.setup,
      secrets: Object.fromEntries(Object.entries(stored.secrets).map(([key, value]) => [key, redact(value)])),
      updatedAt: account.updated_at,
    };
  }

  /** E5: verify, then create, or update the owner's existing account unless the session allows several. */
  async createFromHub(hub: HubSession, body: HubAccountWrite): Promise<HubAccountResult & { created: boolean }> {
    const definition = await this.credentialConnector(hub, body.integration_id);
    const values = mergeCredentials(definition, body.credentials);
    await this.verify(definition, values);
    return this.deps.changes.commit(async (trx) => {
      const { account, created } = await linkAccount(trx, this.deps, hub, definition, values);
      return { id: account.id, provider: definition.key, created };
    });
  }

  /** E6: partial merge over the stored values; a redacted placeholder means "unchanged". */
  async updateFromHub(hub: HubSession, accountId: string, body: HubAccountWrite): Promise<HubAccountResult> {
    const { secrets, changes, clock } = this.deps;
    const account = await this.accountForSession(hub, accountId);
    const definition = await this.credentialConnector(hub, body.integration_id);
    if (definition.key !== account.provider) {
      throw new ApiError('validation_failed', `integration_id: account ${account.id} is a ${account.provider} account, not ${definition.key}`, {
        field: 'integration_id',
      });
    }
    const values = mergeCredentials(definition, body.credentials, secrets.open(account));
    await this.verify(definition, values);
    await changes.commit(async (trx) => {
      const update = {
        integration_id: definition.key,
        status: 'active',
        status_reasons: null,
        first_failed_at: null,
        setup_information: JSON.stringify(values.setup),
        credentials_ciphertext: secrets.seal(account.id, values),
        updated_at: clock().toISOString(),
      };
      await accounts.updateAccount(trx, account.id, update);
      await changes.record(trx, 'account.updated', { ...account, ...update });
    });
    return { id: account.id, provider: account.provider };
  }

  /** The provider's check of the submitted values; a refusal or no answer is a failed link for the operator's metrics. */
  private async verify(definition: ConnectorDefinition, values: CredentialValues): Promise<void> {
    try {
      await this.deps.verifier.verify(definition, values);
    } catch (error) {
      if (error instanceof ApiError && LINK_FAILURES.has(error.code)) this.deps.telemetry.connectionFailed(definition.key, error.code);
      throw error;
    }
  }

  private async credentialConnector(hub: HubSession, integrationId: string): Promise<ConnectorDefinition> {
    const definition = await this.deps.connectors.availableConnector(hub, integrationId);
    if (isOAuthConnector(definition)) {
      throw new ApiError('bad_request', `${definition.name} connects through the OAuth flow (a popup), not with submitted credentials`, {
        field: 'integration_id',
      });
    }
    return definition;
  }

  /** A token reaches its session's account and its owner's accounts; anything else is a 404. */
  private async accountForSession(hub: HubSession, accountId: string): Promise<AccountRow> {
    const account = await accounts.findAccount(this.deps.db, hub.project.id, accountId);
    if (!account || (account.id !== hub.session.account_id && account.origin_owner_id !== hub.session.origin_owner_id)) {
      throw new ApiError('not_found', `No account "${accountId}" for this connect session`);
    }
    return account;
  }
}
