/** Side-effect-free exports: importing this module registers nothing (use `define.js` for that). */
export { ConnectLinkButtonElement } from './connect-link-button/connect-link-button.js';
export { ConnectHubDialogElement } from './hub-dialog/hub-dialog.js';
export { openConnectHub, type LaunchMode, type OpenConnectHubOptions } from './open-connect-hub.js';
export { ConnectHubLaunchError, type LaunchFailureReason } from './launch-error.js';
export { authLinkUrl, readConnectHubReturn, RETURN_PARAMS } from './redirect.js';
export type { TokenSource } from './token-source.js';
export type { PopupSize } from './popup.js';
export {
  ConnectLinkClosedEvent,
  ConnectLinkRequestCloseEvent,
  type CloseSource,
  type LaunchClosedDetail,
  type RequestCloseDetail,
} from './events.js';
export { ConnectHubSuccessEvent, ConnectHubErrorEvent, type ConnectedAccount } from '../hub/events.js';
/** The hub's classes too: the launcher shows the hub, so one import gives both (and one copy of Lit). */
export * from '../hub/index.js';
