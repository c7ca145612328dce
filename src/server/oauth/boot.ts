import { readFileSync } from 'node:fs';
import * as z from 'zod/mini';
import { OAuthClientWrite } from '../../contract/oauth.js';
import { SANDBOX_OAUTH_CLIENT_ID, SANDBOX_OAUTH_CLIENT_SECRET, SANDBOX_OAUTH_PROVIDER } from '../../sandbox/oauth-client.js';
import { ConfigError } from '../config.js';
import type { ProjectRow } from '../db/schema.js';
import type { OAuthClientService } from './clients.js';

const OAuthClientsFile = z.record(z.string(), OAuthClientWrite);

/**
 * Boot-time OAuth client settings of the default project: the sandbox provider's client when the sandbox is
 * on and none is set, then every entry of the clients file (it wins over earlier settings).
 */
export async function applyOAuthClientSettings(
  clients: OAuthClientService,
  project: ProjectRow,
  config: { sandbox?: boolean | undefined; oauthClientsFile?: string | undefined },
): Promise<void> {
  if (config.sandbox !== false) {
    await clients.ensure(project, SANDBOX_OAUTH_PROVIDER, { client_id: SANDBOX_OAUTH_CLIENT_ID, client_secret: SANDBOX_OAUTH_CLIENT_SECRET });
  }
  if (!config.oauthClientsFile) return;
  let parsed: z.infer<typeof OAuthClientsFile>;
  try {
    const result = OAuthClientsFile.safeParse(JSON.parse(readFileSync(config.oauthClientsFile, 'utf8')));
    if (!result.success) {
      const issue = result.error.issues[0];
      throw new Error(`${issue?.path.join('.')}: ${issue?.message}`);
    }
    parsed = result.data;
  } catch (error) {
    throw new ConfigError(`invalid CONNECT_HUB_OAUTH_CLIENTS_FILE ${config.oauthClientsFile}: ${(error as Error).message}`);
  }
  for (const [provider, settings] of Object.entries(parsed)) {
    try {
      await clients.set(project, provider, settings);
    } catch (error) {
      throw new ConfigError(`invalid CONNECT_HUB_OAUTH_CLIENTS_FILE entry "${provider}": ${(error as Error).message}`);
    }
  }
}
