import type { ConnectorTextCatalog } from './index.js';

export const et: ConnectorTextCatalog = {
};
