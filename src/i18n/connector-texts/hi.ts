import type { ConnectorTextCatalog } from './index.js';

export const hi: ConnectorTextCatalog = {
};
