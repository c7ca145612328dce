import type { ConnectorTextCatalog } from './index.js';

export const lv: ConnectorTextCatalog = {
};
