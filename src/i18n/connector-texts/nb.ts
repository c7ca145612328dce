import type { ConnectorTextCatalog } from './index.js';

export const nb: ConnectorTextCatalog = {
};
