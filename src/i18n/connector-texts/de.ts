import type { ConnectorTextCatalog } from './index.js';

export const de: ConnectorTextCatalog = {
};
