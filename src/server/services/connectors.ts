import { CATALOG, isOAuthConnector, type ConnectorDefinition } from '../../catalog/index.js';
import { logosVersion } from '../../catalog/logos.js';
import { isSecretField, type Field } from '../../contract/fields.js';
import type { FalconConnectorConfig, Integration } from '../../contract/hub.js';
import { localizeConnector } from '../../i18n/connector-texts/index.js';
import { ApiError } from '../errors.js';
import type { HubSession } from '../context.js';
import type { Db } from '../db/database.js';
import { listOAuthClients } from '../db/stores/oauth-clients.js';
import { sessionCategories } from './connect-sessions.js';
import type { ProjectService } from './projects.js';

export const AUTH_CONFIG_KEY = 'default';
export const ENVIRONMENT = 'production';
const CONNECTOR_VERSION = '1';

/**
 * The keys among `definitions` that sign in through OAuth but have no OAuth app (client) in the project: a link to
 * them ends on a page the end user can do nothing with. Sandbox connectors are the server's own and never count.
 */
export async function oauthAppMissing(db: Db, projectId: string, definitions: readonly ConnectorDefinition[]): Promise<Set<string>> {
  // A connector whose client the end user types in the form (Docebo) needs no app of the operator's.
  const oauth = definitions.filter((definition) => isOAuthConnector(definition) && definition.sandbox !== true && definition.oauth?.client !== 'end_user');
  if (oauth.length === 0) return new Set();
  const configured = new Set((await listOAuthClients(db, projectId)).map((row) => row.provider));
  return new Set(oauth.filter((definition) => !configured.has(definition.key)).map((definition) => definition.key));
}

export class ConnectorService {
  constructor(
    private readonly projects: ProjectService,
    private readonly db: Db,
    private readonly options: { publicUrl: string },
  ) {}

  /** Versioned (`?v=`), so the logo and the sprite made of such URLs are immutable (routes/logos.ts). */
  logoUrl(key: string): string {
    return `${this.options.publicUrl}/logos/${key}.svg?v=${logosVersion(CATALOG)}`;
  }

  /** Catalog × project enablement × the session's provider / categories filters, OAuth apps or not. */
  async enabledForSession(hub: HubSession): Promise<ConnectorDefinition[]> {
    const categories = sessionCategories(hub.session);
    const enabled = await this.projects.enabledConnectors(hub.project.id);
    return enabled.filter(
      (definition) =>
        (!hub.session.provider || definition.key === hub.session.provider) &&
        (!categories || categories.includes(definition.category)),
    );
  }

  /** What the hub lists and may open: {@link enabledForSession} minus the OAuth connectors without an OAuth app. */
  async available(hub: HubSession): Promise<ConnectorDefinition[]> {
    const enabled = await this.enabledForSession(hub);
    const missing = await oauthAppMissing(this.db, hub.project.id, enabled);
    return enabled.filter((definition) => !missing.has(definition.key));
  }

  /** E2. With `provider`, only that provider's entries (the hub's edit mode asks this way). */
  async integrations(hub: HubSession, provider: string | undefined): Promise<Integration[]> {
    const available = await this.available(hub);
    return available
      .filter((definition) => provider === undefined || definition.key === provider)
      .map((definition) => ({
        integration_id: definition.key,
        provider: definition.key,
        name: definition.name,
        logo_url: this.logoUrl(definition.key),
        type: definition.category,
        version: definition.version ?? CONNECTOR_VERSION,
        active: true,
        authentication_config_key: AUTH_CONFIG_KEY,
        environment: ENVIRONMENT,
      }));
  }

  /** A connector this session may use, else 404 (the id is not ours to reveal). */
  async availableConnector(hub: HubSession, integrationId: string): Promise<ConnectorDefinition> {
    const definition = (await this.available(hub)).find((d) => d.key === integrationId);
    if (!definition) throw new ApiError('not_found', `Connector "${integrationId}" is not available to this connect session`);
    return definition;
  }

  /**
   * E3, shape B only: explicit `secret:false`, literal values, no `condition`, `assets.icon` set; the connector's
   * own words in `locale` when asked (src/i18n/connector-texts), else in English.
   */
  async config(hub: HubSession, integrationId: string, locale?: string): Promise<FalconConnectorConfig> {
    const definition = localizeConnector(await this.availableConnector(hub, integrationId), locale);
    return {
      key: definition.key,
      name: definition.name,
      assets: { icon: this.logoUrl(definition.key) },
      type: definition.auth.type,
      ...(definition.auth.grant_type ? { grantType: definition.auth.grant_type } : {}),
      configFields: definition.fields.map(wireField),
      configNotices: definition.notices ?? [],
      support: definition.support ? { link: definition.support.link ?? null, description: definition.support.description ?? null } : null,
      category: definition.category,
    };
  }
}

function wireField(field: Field): Field {
  const { condition: _condition, ...rest } = field;
  return { ...rest, secret: isSecretField(field) };
}
