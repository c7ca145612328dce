import type { ConnectorTextCatalog } from './index.js';

export const ar: ConnectorTextCatalog = {
};
