import { CATALOG, type ConnectorDefinition } from '../../catalog/index.js';
import { TOKEN_PREFIX, randomId, secretToken, sha256Hex } from '../crypto/index.js';
import { takeTurns, type Db } from '../db/database.js';
import type { ProjectRow } from '../db/schema.js';
import * as apiKeys from '../db/stores/api-keys.js';
import * as projectConnectors from '../db/stores/project-connectors.js';
import * as projects from '../db/stores/projects.js';

export const DEFAULT_PROJECT_NAME = 'Acme';

export interface DefaultProject {
  project: ProjectRow;
  /** Known only when the project was just created, or when the key is pinned by configuration. */
  apiKey: string | undefined;
}

export class ProjectService {
  constructor(
    private readonly db: Db,
    private readonly clock: () => Date,
    /** `sandbox: false` leaves the sandbox connectors out of everything a project offers (default: in). */
    private readonly options: { sandbox?: boolean } = {},
  ) {}

  /** The connectors this server offers: the catalog, without the sandbox ones while the sandbox is off. */
  catalog(): readonly ConnectorDefinition[] {
    return this.options.sandbox === false ? CATALOG.filter((definition) => definition.sandbox !== true) : CATALOG;
  }

  offers(key: string): boolean {
    return this.catalog().some((definition) => definition.key === key);
  }

  /**
   * A fresh data dir gets a default project (every catalog connector enabled: no override rows) and a key.
   * A pinned key is added to the default project if it is not known yet, so it works after a restart too.
   */
  async ensureDefaultProject(pinnedApiKey: string | undefined): Promise<DefaultProject> {
    return this.db.transaction().execute(async (trx) => {
      // Servers starting together on a fresh PostgreSQL database create one default project, not one each.
      await takeTurns(trx, 'default-project');
      const now = this.clock().toISOString();
      let project = await projects.findFirstProject(trx);
      let apiKey: string | undefined;
      if (!project) {
        project = {
          id: randomId(TOKEN_PREFIX.project),
          name: DEFAULT_PROJECT_NAME,
          organization_id: randomId(TOKEN_PREFIX.organization),
          allowed_origins: '[]',
          created_at: now,
          max_link_renewals: 3,
        };
        await projects.insertProject(trx, project);
        apiKey = pinnedApiKey ?? secretToken(TOKEN_PREFIX.apiKey);
        await apiKeys.insertApiKey(trx, { project_id: project.id, key_hash: sha256Hex(apiKey), created_at: now });
      } else if (pinnedApiKey) {
        apiKey = pinnedApiKey;
        const owner = await apiKeys.findProjectByKeyHash(trx, sha256Hex(pinnedApiKey));
        if (!owner) await apiKeys.insertApiKey(trx, { project_id: project.id, key_hash: sha256Hex(pinnedApiKey), created_at: now });
      }
      return { project, apiKey };
    });
  }

  async projectForApiKey(apiKey: string): Promise<ProjectRow | undefined> {
    return apiKeys.findProjectByKeyHash(this.db, sha256Hex(apiKey));
  }

  async findProject(projectId: string): Promise<ProjectRow | undefined> {
    return projects.findProject(this.db, projectId);
  }

  async enabledConnectors(projectId: string): Promise<ConnectorDefinition[]> {
    const disabled = await projectConnectors.disabledConnectorKeys(this.db, projectId);
    return this.catalog().filter((definition) => !disabled.has(definition.key));
  }

  async update(projectId: string, changes: { name?: string; allowedOrigins?: string[]; maxLinkRenewals?: number }): Promise<ProjectRow> {
    await projects.updateProject(this.db, projectId, {
      ...(changes.name === undefined ? {} : { name: changes.name }),
      ...(changes.maxLinkRenewals === undefined ? {} : { max_link_renewals: changes.maxLinkRenewals }),
      ...(changes.allowedOrigins === undefined ? {} : { allowed_origins: JSON.stringify([...new Set(changes.allowedOrigins)]) }),
    });
    const updated = await projects.findProject(this.db, projectId);
    if (!updated) throw new Error(`project ${projectId} vanished during an update`);
    return updated;
  }

  async setConnectorEnabled(projectId: string, connectorKey: string, enabled: boolean): Promise<void> {
    await projectConnectors.setConnectorEnabled(this.db, {
      project_id: projectId,
      connector_key: connectorKey,
      enabled,
      updated_at: this.clock().toISOString(),
    });
  }
}

export function allowedOrigins(project: ProjectRow): string[] {
  try {
    const parsed: unknown = JSON.parse(project.allowed_origins);
    return Array.isArray(parsed) ? parsed.filter((o): o is string => typeof o === 'string') : [];
  } catch {
    return [];
  }
}
