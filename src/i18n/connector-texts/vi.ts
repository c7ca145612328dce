import type { ConnectorTextCatalog } from './index.js';

export const vi: ConnectorTextCatalog = {
};
