import type { ConnectorTextCatalog } from './index.js';

export const it: ConnectorTextCatalog = {
};
