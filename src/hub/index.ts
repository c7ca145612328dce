/** Side-effect-free exports: importing this module registers nothing (use `define.js` for that). */
export { ConnectHubElement, type ConnectHubTheme } from './connect-hub/connect-hub.js';
export { ConnectorListElement } from './connector-list/connector-list.js';
export { ConnectorFormElement } from './connector-form/connector-form.js';
export { StatusViewElement } from './status-view/status-view.js';
export {
  ConnectHubSuccessEvent,
  ConnectHubCloseEvent,
  ConnectHubErrorEvent,
  ConnectHubEvent,
  type ConnectedAccount,
  type ConnectHubEventName,
  type ConnectHubEventDetail,
  type ConnectHubErrorDetail,
} from './events.js';
export { ConnectApiClient, ConnectApiError, SessionExpiredError } from '../client/index.js';
export type { HubStrings } from './strings/en.js';
