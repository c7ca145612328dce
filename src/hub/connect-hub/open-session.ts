import type { ConnectApiClient } from '../../client/api-client.js';
import { SessionExpiredError } from '../../client/errors.js';
import type { HubAccount, HubSettings, Integration } from '../../contract/hub-responses.js';
import { autoSelection, listedIntegrations } from '../connector-list/list-model.js';

/** What the hub learned when it opened: the list, and in edit mode the account and its connector. */
export interface SessionData {
  client: ConnectApiClient;
  settings: HubSettings | undefined;
  integrations: Integration[];
  externalTriggerToken?: string;
  /** Edit mode: the account being updated. */
  account?: HubAccount & { id: string };
  /** The connector opened without a choice (edit mode, or only one active): no Back. */
  fixedSelection?: Integration;
}

/**
 * Settings and the list in parallel; in edit mode (the attribute, else the session's existing account)
 * the account and its connector's list instead. Settings are optional: only an expired session fails them.
 */
export async function openSession(client: ConnectApiClient, accountIdAttribute: string, signal: AbortSignal, log: (...parts: unknown[]) => void): Promise<SessionData> {
  const settingsRequest = client.getSettings(signal).catch((error: unknown) => {
    if (error instanceof SessionExpiredError) throw error;
    log('settings unavailable', error);
    return undefined;
  });
  // The plain list is fetched alongside the settings unless we already know we are editing.
  const plainList = accountIdAttribute ? undefined : client.listConnectors(undefined, signal);
  plainList?.catch(() => undefined);
  const settings = await settingsRequest;
  const accountId = accountIdAttribute || settings?.existing_account_id || '';
  if (!accountId) {
    const list = await (plainList ?? client.listConnectors(undefined, signal));
    return {
      client,
      settings,
      integrations: listedIntegrations(list.integrations),
      externalTriggerToken: list.external_trigger_token,
      fixedSelection: autoSelection(list.integrations),
    };
  }
  const account = await client.getAccount(accountId, signal);
  const list = await client.listConnectors(account.provider, signal);
  const integrations = listedIntegrations(list.integrations);
  return {
    client,
    settings,
    integrations,
    externalTriggerToken: list.external_trigger_token,
    account: { ...account, id: accountId },
    fixedSelection:
      autoSelection(list.integrations) ??
      integrations.find((integration) => integration.provider === account.provider) ??
      integrations.find((integration) => integration.integration_id === account.integrationId),
  };
}
