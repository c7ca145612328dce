import { conforms } from '../contract/json-schema/check.js';
import { AccountConnectedMessage } from '../contract/json-schema/schemas.js';
import type { ConnectedAccount } from '../hub/events.js';
import { ConnectHubLaunchError } from './launch-error.js';

export interface PopupSize {
  width: number;
  height: number;
}

const DEFAULT_POPUP_SIZE: PopupSize = { width: 520, height: 720 };
const CLOSED_POLL_MS = 400;

/**
 * Opens an empty window centred on this one. Call it straight from the click handler, before any await:
 * browsers allow popups only during the user's gesture. Navigate it once the URL is known.
 */
export function openCentredPopup(size: PopupSize = DEFAULT_POPUP_SIZE, name = 'connect-hub'): Window {
  const width = Math.min(size.width, window.screen.availWidth);
  const height = Math.min(size.height, window.screen.availHeight);
  const left = Math.max(0, Math.round(window.screenX + (window.outerWidth - width) / 2));
  const top = Math.max(0, Math.round(window.screenY + (window.outerHeight - height) / 2));
  const popup = window.open('about:blank', name, `popup=yes,width=${width},height=${height},left=${left},top=${top}`);
  if (!popup) throw new ConnectHubLaunchError('blocked', 'The browser blocked the Connect Hub window: allow popups for this site');
  return popup;
}

/**
 * Resolves with the account the auth-link page in `popup` reports (`AccountConnected`, CONTRACT.md §9),
 * accepting only messages from that window on `hubOrigin` and of that exact shape. Rejects `closed` when
 * the window closes first.
 */
export function waitForAccountConnected(popup: Window, hubOrigin: string, signal?: AbortSignal): Promise<ConnectedAccount> {
  return new Promise((resolve, reject) => {
    const onMessage = (event: MessageEvent) => {
      if (event.source !== popup || event.origin !== hubOrigin) return;
      const message: unknown = event.data;
      if (!conforms(AccountConnectedMessage, message)) return;
      finish();
      resolve({ id: message.account.id, provider: message.account.provider, result_token: message.account.result_token });
    };
    const closedWatch = window.setInterval(() => {
      if (!popup.closed) return;
      finish();
      reject(new ConnectHubLaunchError('closed', 'The Connect Hub window was closed before an account was connected'));
    }, CLOSED_POLL_MS);
    const onAbort = () => {
      finish();
      if (!popup.closed) popup.close();
      reject(new ConnectHubLaunchError('closed', 'The launch was aborted', { cause: signal?.reason }));
    };
    const finish = () => {
      window.removeEventListener('message', onMessage);
      window.clearInterval(closedWatch);
      signal?.removeEventListener('abort', onAbort);
    };
    window.addEventListener('message', onMessage);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
