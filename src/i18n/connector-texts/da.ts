import type { ConnectorTextCatalog } from './index.js';

export const da: ConnectorTextCatalog = {
};
