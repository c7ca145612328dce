import type { ConnectorTextCatalog } from './index.js';

export const zhHans: ConnectorTextCatalog = {
};
