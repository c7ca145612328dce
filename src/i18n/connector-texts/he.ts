import type { ConnectorTextCatalog } from './index.js';

export const he: ConnectorTextCatalog = {
};
