import { DEFAULT_REAUTH_LINK_SECONDS, type ReauthLink, type ReauthLinkCreate } from '../../contract/account-health.js';
import type { ProjectRow } from '../db/schema.js';
import type { AccountsApi } from '../services/accounts.js';
import type { ConnectSessionService } from '../services/connect-sessions.js';

/**
 * `POST /accounts/{id}/reauth_link`: a connect session for the account's owner with `account_id` set, so the
 * link opens the hub in edit mode for that account (the end user enters the refused key again); 30 days by default.
 */
export class ReauthLinks {
  constructor(
    private readonly accounts: AccountsApi,
    private readonly sessions: ConnectSessionService,
  ) {}

  async create(project: ProjectRow, accountId: string, input: ReauthLinkCreate): Promise<ReauthLink> {
    const account = await this.accounts.projectAccount(project, accountId);
    const session = await this.sessions.create(project, {
      origin_owner_id: account.origin_owner_id,
      origin_owner_name: account.origin_owner_name,
      origin_username: account.origin_username,
      account_id: account.id,
      expires_in: input.expires_in ?? DEFAULT_REAUTH_LINK_SECONDS,
    });
    return { account_id: account.id, session_id: session.id, token: session.token, auth_link_url: session.auth_link_url, expires_at: session.expires_at };
  }
}
