import type { ConnectorTextCatalog } from './index.js';

export const es: ConnectorTextCatalog = {
};
