import type { ConnectorTextCatalog } from './index.js';

export const ja: ConnectorTextCatalog = {
};
