import type { ConnectorTextCatalog } from './index.js';

export const lt: ConnectorTextCatalog = {
};
