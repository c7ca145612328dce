import type { ConnectorTextCatalog } from './index.js';

export const ro: ConnectorTextCatalog = {
};
