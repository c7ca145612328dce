import { ConnectorDefinition } from './schema.js';
import { sandboxHris } from './connectors/sandbox.js';

export type { ConnectorDefinition, VerifyRequest, OAuthEndpoints } from './schema.js';

const definitions: ConnectorDefinition[] = [sandboxHris];

/** Every connector, validated once at import: a bad definition fails loudly at boot, not at link time. */
export const CATALOG: readonly ConnectorDefinition[] = definitions.map((d) => ConnectorDefinition.parse(d));

const byKey = new Map(CATALOG.map((d) => [d.key, d]));

export function getConnector(key: string): ConnectorDefinition | undefined {
  return byKey.get(key);
}
