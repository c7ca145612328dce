import { CATEGORIES } from '../../contract/categories.js';
import type { ProjectConnector, ProjectSummary, ProjectUpdate } from '../../contract/project.js';
import type { ProjectRow } from '../db/schema.js';
import { ApiError } from '../errors.js';
import type { ConnectorService } from './connectors.js';
import { allowedOrigins, type ProjectService } from './projects.js';

/** What an operator sees and changes about their project: its identity and which connectors it offers. */
export class ProjectSettingsService {
  constructor(
    private readonly projects: ProjectService,
    private readonly connectorService: ConnectorService,
  ) {}

  async summary(project: ProjectRow): Promise<ProjectSummary> {
    const enabled = await this.projects.enabledConnectors(project.id);
    const present = new Set<string>(enabled.map((definition) => definition.category));
    return {
      id: project.id,
      name: project.name,
      organization_id: project.organization_id,
      categories: CATEGORIES.filter((category) => present.has(category)),
      enabled_connector_count: enabled.length,
      allowed_origins: allowedOrigins(project),
      max_link_renewals: project.max_link_renewals,
    };
  }

  /** Name and allowed origins; the hub reads the project on every request, so changes apply at once. */
  async update(project: ProjectRow, changes: ProjectUpdate): Promise<ProjectSummary> {
    return this.summary(await this.projects.update(project.id, { name: changes.name, allowedOrigins: changes.allowed_origins, maxLinkRenewals: changes.max_link_renewals }));
  }

  async connectors(project: ProjectRow): Promise<ProjectConnector[]> {
    const enabled = new Set((await this.projects.enabledConnectors(project.id)).map((definition) => definition.key));
    return this.projects.catalog().map((definition) => ({
      key: definition.key,
      name: definition.name,
      category: definition.category,
      auth_type: definition.auth.type,
      logo_url: this.connectorService.logoUrl(definition.key),
      enabled: enabled.has(definition.key),
      sandbox: definition.sandbox === true,
    }));
  }

  /** Takes effect at once: the hub reads the project's enabled set on every request. */
  async setEnabled(project: ProjectRow, key: string, enabled: boolean): Promise<ProjectConnector> {
    if (!this.projects.offers(key)) throw new ApiError('not_found', `No connector "${key}" in the catalog`);
    await this.projects.setConnectorEnabled(project.id, key, enabled);
    const updated = (await this.connectors(project)).find((connector) => connector.key === key);
    if (!updated) throw new ApiError('not_found', `No connector "${key}" in the catalog`);
    return updated;
  }
}
