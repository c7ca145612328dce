import { CATEGORIES, type Category } from '../contract/categories.js';
import { ConnectorDefinition } from './schema.js';
import { ACCOUNTING_CONNECTORS } from './connectors/accounting.js';
import { ATS_CONNECTORS } from './connectors/ats.js';
import { CRM_CONNECTORS } from './connectors/crm.js';
import { DOCUMENTS_CONNECTORS } from './connectors/documents.js';
import { HRIS_CONNECTORS } from './connectors/hris.js';
import { IAM_CONNECTORS } from './connectors/iam.js';
import { LMS_CONNECTORS } from './connectors/lms.js';
import { MARKETING_CONNECTORS } from './connectors/marketing.js';
import { MESSAGING_CONNECTORS } from './connectors/messaging.js';
import { SANDBOX_CONNECTORS } from './connectors/sandbox.js';
import { SCHEDULING_CONNECTORS } from './connectors/scheduling.js';
import { TICKETING_CONNECTORS } from './connectors/ticketing.js';

export type { ConnectorDefinition, VerifyRequest, OAuthEndpoints } from './schema.js';
export { logoSvg } from './logos.js';

const byName = (a: ConnectorDefinition, b: ConnectorDefinition) => a.name.localeCompare(b.name, 'en');

// Sandbox connectors first: they are what a fresh install can actually link offline.
const definitions: ConnectorDefinition[] = [
  ...SANDBOX_CONNECTORS,
  ...[
    ...HRIS_CONNECTORS,
    ...ATS_CONNECTORS,
    ...CRM_CONNECTORS,
    ...IAM_CONNECTORS,
    ...TICKETING_CONNECTORS,
    ...ACCOUNTING_CONNECTORS,
    ...MESSAGING_CONNECTORS,
    ...DOCUMENTS_CONNECTORS,
    ...MARKETING_CONNECTORS,
    ...LMS_CONNECTORS,
    ...SCHEDULING_CONNECTORS,
  ].sort(byName),
];

/** Every connector, validated once at import: a bad definition fails loudly at boot, not at link time. */
export const CATALOG: readonly ConnectorDefinition[] = definitions.map((d) => ConnectorDefinition.parse(d));

const byKey = new Map(CATALOG.map((d) => [d.key, d]));
if (byKey.size !== CATALOG.length) throw new Error('connector catalog: duplicate connector key');

export function getConnector(key: string): ConnectorDefinition | undefined {
  return byKey.get(key);
}

/** Connectors grouped by category, in the contract's category order; empty categories are left out. */
export function connectorsByCategory(): Map<Category, ConnectorDefinition[]> {
  const groups = new Map<Category, ConnectorDefinition[]>();
  for (const category of CATEGORIES) {
    const members = CATALOG.filter((def) => def.category === category);
    if (members.length > 0) groups.set(category, members);
  }
  return groups;
}

/** Links through the provider's consent screen (popup), not through the credential form. */
export function isOAuthConnector(def: ConnectorDefinition): boolean {
  return def.auth.type === 'oauth2' && (def.auth.grant_type ?? 'authorization_code') === 'authorization_code';
}
