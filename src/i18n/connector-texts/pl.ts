import type { ConnectorTextCatalog } from './index.js';

export const pl: ConnectorTextCatalog = {
};
