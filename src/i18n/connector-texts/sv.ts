import type { ConnectorTextCatalog } from './index.js';

export const sv: ConnectorTextCatalog = {
};
