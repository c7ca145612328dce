import { getConnector } from '../../../catalog/index.js';
import type { AccountStatus, LinkedAccount } from '../../../contract/accounts.js';
import { parseJsonArray, parseJsonObject, parseStringRecord } from '../../db/json-columns.js';
import type { AccountRow } from '../../db/schema.js';

/** The stored row as the Accounts API answers it. */
export function toLinkedAccount(account: AccountRow): LinkedAccount {
  const definition = getConnector(account.provider);
  const statusReasons = parseJsonArray(account.status_reasons) as LinkedAccount['status_reasons'] | null;
  return {
    id: account.id,
    provider: account.provider,
    ...(definition ? { provider_name: definition.name, categories: [definition.category] } : {}),
    integration_id: account.integration_id,
    status: account.status as AccountStatus,
    ...(statusReasons ? { status_reasons: statusReasons } : {}),
    first_failed_at: account.first_failed_at ?? null,
    origin_owner_id: account.origin_owner_id,
    origin_owner_name: account.origin_owner_name,
    origin_username: account.origin_username,
    label: account.label,
    type: account.type,
    setup_information: parseStringRecord(account.setup_information),
    metadata: parseJsonObject(account.metadata),
    created_at: account.created_at,
    updated_at: account.updated_at,
  };
}
