import type { ConnectorTextCatalog } from './index.js';

export const fr: ConnectorTextCatalog = {
};
