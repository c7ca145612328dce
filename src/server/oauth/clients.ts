import { CATALOG, getConnector, isOAuthConnector, type ConnectorDefinition } from '../../catalog/index.js';
import type { OAuthClient, OAuthClientWrite } from '../../contract/oauth.js';
import type { CredentialCipher } from '../crypto/index.js';
import type { Db } from '../db/database.js';
import type { OAuthClientRow, ProjectRow } from '../db/schema.js';
import * as store from '../db/stores/oauth-clients.js';
import { ApiError } from '../errors.js';
import { parseStringArray } from '../db/json-columns.js';

/** What the flow needs to talk to a provider for one project. */
export interface OAuthClientCredentials {
  clientId: string;
  clientSecret: string;
  scopes: string[];
}

export type OAuthConnector = ConnectorDefinition & { oauth: NonNullable<ConnectorDefinition['oauth']> };

export function isOAuthConnectorWithEndpoints(definition: ConnectorDefinition): definition is OAuthConnector {
  return isOAuthConnector(definition) && definition.oauth !== undefined;
}

/**
 * A connector whose OAuth client is the end user's own (`oauth.client: 'end_user'`, Docebo): every customer's
 * tenant is its own authorization server, so its `client_id` field and secret `client_secret` field are the client.
 */
export function hasEndUserClient(definition: OAuthConnector): boolean {
  return definition.oauth.client === 'end_user';
}

/** The end user's own client from the values of the form, or undefined when one is missing. */
export function endUserClient(definition: OAuthConnector, values: { setup: Record<string, string>; secrets: Record<string, string> }): OAuthClientCredentials | undefined {
  const clientId = values.setup.client_id;
  const clientSecret = values.secrets.client_secret;
  if (!clientId || !clientSecret) return undefined;
  return { clientId, clientSecret, scopes: definition.oauth.scopes };
}

/** The catalog's OAuth connector by key, else a 404 naming the provider. */
export function oauthConnector(provider: string): OAuthConnector {
  const definition = getConnector(provider);
  if (!definition || !isOAuthConnectorWithEndpoints(definition)) {
    throw new ApiError('not_found', `"${provider}" is not an OAuth connector of the catalog (see \`connect-hub oauth list\`)`);
  }
  return definition;
}

/** Per-project OAuth app settings (client id, secret, scopes) for each OAuth connector. */
export class OAuthClientService {
  constructor(
    private readonly db: Db,
    private readonly clock: () => Date,
    private readonly cipher: CredentialCipher,
    /** `sandbox: false`: the sandbox connectors are not this server's to configure (default: they are). */
    private readonly options: { publicUrl: string; sandbox?: boolean },
  ) {}

  /**
   * {@link oauthConnector}, but a sandbox connector is unknown while the sandbox is off, and a connector whose
   * client is the end user's own has no app of the operator's.
   */
  private connector(provider: string): OAuthConnector {
    const definition = oauthConnector(provider);
    if (definition.sandbox === true && this.options.sandbox === false) {
      throw new ApiError('not_found', `"${provider}" is not an OAuth connector of the catalog (see \`connect-hub oauth list\`)`);
    }
    if (hasEndUserClient(definition)) {
      throw new ApiError(
        'not_found',
        `${definition.name} has no OAuth app of this server's: each customer's platform is its own OAuth server, so the end user enters its client ID and secret in the form`,
      );
    }
    return definition;
  }

  /** The callback URL to register at the provider (CONTRACT.md §8.5). */
  redirectUri(provider: string): string {
    return `${this.options.publicUrl}/connect/oauth2/${provider}/callback`;
  }

  async list(project: ProjectRow): Promise<OAuthClient[]> {
    const rows = new Map((await store.listOAuthClients(this.db, project.id)).map((row) => [row.provider, row]));
    return CATALOG.filter(isOAuthConnectorWithEndpoints)
      .filter((definition) => definition.sandbox !== true || this.options.sandbox !== false)
      .filter((definition) => !hasEndUserClient(definition))
      .map((definition) => this.describe(definition, rows.get(definition.key)));
  }

  async get(project: ProjectRow, provider: string): Promise<OAuthClient> {
    const definition = this.connector(provider);
    return this.describe(definition, await store.findOAuthClient(this.db, project.id, provider));
  }

  async set(project: ProjectRow, provider: string, input: OAuthClientWrite): Promise<OAuthClient> {
    const definition = this.connector(provider);
    const existing = await store.findOAuthClient(this.db, project.id, provider);
    if (!input.client_secret && !existing) {
      throw new ApiError('validation_failed', `client_secret: required the first time ${definition.name}'s client is set`, { field: 'client_secret' });
    }
    const now = this.clock().toISOString();
    const row: OAuthClientRow = {
      project_id: project.id,
      provider,
      client_id: input.client_id,
      client_secret_ciphertext: input.client_secret
        ? this.cipher.encrypt(input.client_secret, secretContext(project.id, provider))
        : existing!.client_secret_ciphertext,
      scopes: input.scopes === undefined ? (existing?.scopes ?? null) : input.scopes === null ? null : JSON.stringify(input.scopes),
      created_at: existing?.created_at ?? now,
      updated_at: now,
    };
    await store.upsertOAuthClient(this.db, row);
    return this.describe(definition, row);
  }

  async remove(project: ProjectRow, provider: string): Promise<void> {
    this.connector(provider);
    if (!(await store.deleteOAuthClient(this.db, project.id, provider))) {
      throw new ApiError('not_found', `No OAuth client is set for ${provider} in this project`);
    }
  }

  /** Sets a client only when none is set (the sandbox provider's, at boot). */
  async ensure(project: ProjectRow, provider: string, input: { client_id: string; client_secret: string }): Promise<void> {
    if (await store.findOAuthClient(this.db, project.id, provider)) return;
    await this.set(project, provider, input);
  }

  /** The decrypted client for the flow, or undefined when the operator has not set one. */
  async credentials(projectId: string, definition: OAuthConnector): Promise<OAuthClientCredentials | undefined> {
    const row = await store.findOAuthClient(this.db, projectId, definition.key);
    if (!row) return undefined;
    let clientSecret: string;
    try {
      clientSecret = this.cipher.decrypt(row.client_secret_ciphertext, secretContext(projectId, definition.key));
    } catch {
      throw new ApiError('internal', `The ${definition.name} client secret cannot be decrypted: was the server's secret key changed?`);
    }
    return { clientId: row.client_id, clientSecret, scopes: parseStringArray(row.scopes) ?? definition.oauth.scopes };
  }

  private describe(definition: OAuthConnector, row: OAuthClientRow | undefined): OAuthClient {
    return {
      provider: definition.key,
      name: definition.name,
      configured: row !== undefined,
      client_id: row?.client_id ?? null,
      client_secret_set: row !== undefined,
      scopes: (row && parseStringArray(row.scopes)) ?? definition.oauth.scopes,
      redirect_uri: this.redirectUri(definition.key),
      updated_at: row?.updated_at ?? null,
    };
  }
}

function secretContext(projectId: string, provider: string): string {
  return `oauth-client:${projectId}:${provider}`;
}
