import type { ConnectorDefinition } from '../../../catalog/index.js';
import { TOKEN_PREFIX } from '../../../contract/wire.js';
import type { HubSession } from '../../context.js';
import { randomId } from '../../crypto/index.js';
import { takeTurns, type Db } from '../../db/database.js';
import type { AccountRow } from '../../db/schema.js';
import * as accounts from '../../db/stores/accounts.js';
import { AUTH_CONFIG_KEY, ENVIRONMENT } from '../connectors.js';
import type { CredentialValues } from '../credentials.js';
import type { AccountChanges } from './account-changes.js';
import type { AccountSecrets } from './account-secrets.js';

/**
 * The identity rule: the account an end user's link through this session updates instead of creating one.
 * The session's own account when it is of `provider` (null: of any provider); else, unless the session allows
 * several, the owner's newest account of `provider`.
 */
export async function identityTarget(db: Db, hub: HubSession, provider: string | null): Promise<AccountRow | undefined> {
  const { session, project } = hub;
  if (session.account_id) {
    const own = await accounts.findAccount(db, project.id, session.account_id);
    if (own && (provider === null || own.provider === provider)) return own;
  }
  if (session.multiple === 1 || provider === null) return undefined;
  return accounts.findAccountByOwnerAndProvider(db, { projectId: project.id, originOwnerId: session.origin_owner_id, provider });
}

export interface SessionLinkDeps {
  clock: () => Date;
  secrets: AccountSecrets;
  changes: AccountChanges;
}

/**
 * An end user's link (a submitted form, an OAuth callback) inside `changes.commit`: updates the identity rule's
 * target, else creates the account; with its outbox event.
 */
export async function linkAccount(
  trx: Db,
  deps: SessionLinkDeps,
  hub: HubSession,
  definition: ConnectorDefinition,
  values: CredentialValues,
): Promise<{ account: AccountRow; created: boolean }> {
  const { session, project } = hub;
  // Two submissions at once (a double click, two tabs, two servers) update one account, never create two.
  await takeTurns(trx, `account-upsert:${project.id}:${session.origin_owner_id}:${definition.key}`);
  const now = deps.clock().toISOString();
  const existing = await identityTarget(trx, hub, definition.key);
  if (existing) {
    const changes = {
      origin_owner_name: session.origin_owner_name,
      origin_username: session.origin_username ?? existing.origin_username,
      label: session.label ?? existing.label,
      metadata: session.metadata ?? existing.metadata,
      integration_id: definition.key,
      status: 'active',
      status_reasons: null,
      first_failed_at: null,
      setup_information: JSON.stringify(values.setup),
      credentials_ciphertext: deps.secrets.seal(existing.id, values),
      updated_at: now,
    };
    await accounts.updateAccount(trx, existing.id, changes);
    const account = { ...existing, ...changes };
    await deps.changes.record(trx, 'account.updated', account);
    return { account, created: false };
  }
  const id = randomId(TOKEN_PREFIX.account);
  const account: AccountRow = {
    id,
    project_id: project.id,
    provider: definition.key,
    integration_id: definition.key,
    origin_owner_id: session.origin_owner_id,
    origin_owner_name: session.origin_owner_name,
    origin_username: session.origin_username,
    label: session.label,
    type: session.type ?? 'production',
    status: 'active',
    status_reasons: null,
    first_failed_at: null,
    setup_information: JSON.stringify(values.setup),
    credentials_ciphertext: deps.secrets.seal(id, values),
    metadata: session.metadata,
    environment: ENVIRONMENT,
    auth_config_key: AUTH_CONFIG_KEY,
    created_at: now,
    updated_at: now,
  };
  await accounts.insertAccount(trx, account);
  await deps.changes.record(trx, 'account.created', account);
  return { account, created: true };
}
