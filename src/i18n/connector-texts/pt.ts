import type { ConnectorTextCatalog } from './index.js';

export const pt: ConnectorTextCatalog = {
};
