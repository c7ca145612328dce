import type { ConnectorTextCatalog } from './index.js';

export const nl: ConnectorTextCatalog = {
};
