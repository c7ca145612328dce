import { SESSION_TOKEN_HEADER } from '../contract/wire.js';
import type { ConnectHubTheme } from '../hub/connect-hub/connect-hub.js';
import { ConnectHubSuccessEvent, type ConnectedAccount } from '../hub/events.js';
import { ConnectLinkClosedEvent } from './events.js';
import { deepActiveElement, type ConnectHubDialogElement } from './hub-dialog/hub-dialog.js';
import { ConnectHubLaunchError } from './launch-error.js';
import { openCentredPopup, waitForAccountConnected, type PopupSize } from './popup.js';
import { authLinkUrl } from './redirect.js';
import { resolveToken, type TokenSource } from './token-source.js';

/** `modal`: a `<dialog>` on this page; `popup`: the auth-link page in a centred window; `redirect`: this tab goes there. */
export type LaunchMode = 'modal' | 'popup' | 'redirect';

export interface OpenConnectHubOptions extends TokenSource {
  /** The connect server; defaults to this page's origin. */
  baseUrl?: string;
  mode?: LaunchMode;
  theme?: ConnectHubTheme;
  locale?: string;
  /** Opens the hub in edit mode for this account. */
  accountId?: string;
  /** Where the OAuth landing page lives (modal); defaults to `baseUrl`. */
  appUrl?: string;
  /** The dialog's accessible name. */
  label?: string;
  /** `redirect`: where the auth-link page sends the user back to (default: this page). */
  returnUrl?: string;
  popupSize?: PopupSize;
  /** Aborting closes the dialog or window and rejects with `closed`. */
  signal?: AbortSignal;
  /** `modal`: where the dialog element goes (default `document.body`); custom properties inherit from there. */
  container?: Element | ShadowRoot;
  /** `popup`: receives `connect-hub:success` and `connect-link:closed`, like the hub's own events in a modal. */
  eventTarget?: EventTarget;
  /** Focused again when the dialog closes (default: the element focused at launch). */
  returnFocusTo?: HTMLElement | null;
  /** Called once the dialog or window is showing the hub. */
  onOpen?: () => void;
}

const POPUP_CLOSE_DELAY_MS = 1200;

/**
 * Opens the hub for one connect session and settles when it is done: resolves `{id, provider, result_token}` when an
 * account is connected, rejects a `ConnectHubLaunchError` (`closed`, `expired`, `blocked`, `error`).
 * In `redirect` mode the page navigates away and the promise never settles; read the result on return
 * with `readConnectHubReturn()` (`{id, provider, result_token}`, the token from the URL fragment).
 */
export function openConnectHub(options: OpenConnectHubOptions): Promise<ConnectedAccount> {
  const mode = options.mode ?? 'modal';
  const baseUrl = (options.baseUrl || window.location.origin).replace(/\/+$/, '');
  // Before any await: popups are only allowed inside the click that asked for them.
  const returnFocusTo = options.returnFocusTo === undefined ? deepActiveElement() : options.returnFocusTo;
  if (mode === 'popup') {
    let popup: Window;
    try {
      popup = openCentredPopup(options.popupSize);
    } catch (error) {
      return Promise.reject(error);
    }
    return launchPopup(popup, baseUrl, options);
  }
  if (mode === 'redirect') return launchRedirect(baseUrl, options);
  return launchModal(baseUrl, options, returnFocusTo);
}

async function launchModal(baseUrl: string, options: OpenConnectHubOptions, returnFocusTo: HTMLElement | null): Promise<ConnectedAccount> {
  const token = await resolveToken(options, options.signal);
  if (!customElements.get('connect-hub-dialog') || !customElements.get('connect-hub')) {
    throw new ConnectHubLaunchError('error', 'The Connect Hub elements are not registered: load the launcher\'s define module (sdk/launcher-define.js)');
  }
  const dialog = document.createElement('connect-hub-dialog') as ConnectHubDialogElement;
  Object.assign(dialog, {
    token,
    baseUrl,
    appUrl: options.appUrl ?? '',
    theme: options.theme ?? 'light',
    locale: options.locale ?? '',
    accountId: options.accountId ?? '',
    label: options.label ?? '',
  });
  // Inside a <connect-link-button>, its ::part() reaches the dialog and the hub.
  dialog.setAttribute('exportparts', 'dialog, close-button, card, header, search, list, item, form, field, footer, submit, status');
  (options.container ?? document.body).append(dialog);

  return new Promise<ConnectedAccount>((resolve, reject) => {
    const onSuccess = (event: ConnectHubSuccessEvent) => resolve({ id: event.detail.id, provider: event.detail.provider, result_token: event.detail.result_token });
    const onError = (event: CustomEvent<{ code: string; message: string }>) => {
      if (event.detail.code === 'session_expired') reject(new ConnectHubLaunchError('expired', event.detail.message));
    };
    const onAbort = () => {
      if (!dialog.requestClose('api')) dialog.renderRoot.querySelector('dialog')?.close();
    };
    const onClosed = () => {
      dialog.removeEventListener(ConnectHubSuccessEvent.eventName, onSuccess);
      dialog.removeEventListener('connect-hub:error', onError);
      dialog.removeEventListener(ConnectLinkClosedEvent.eventName, onClosed);
      options.signal?.removeEventListener('abort', onAbort);
      // After the event has reached listeners above the dialog (the button, the document).
      queueMicrotask(() => dialog.remove());
      reject(new ConnectHubLaunchError('closed', 'The Connect Hub dialog was closed before an account was connected'));
    };
    dialog.addEventListener(ConnectHubSuccessEvent.eventName, onSuccess);
    dialog.addEventListener('connect-hub:error', onError);
    dialog.addEventListener(ConnectLinkClosedEvent.eventName, onClosed);
    options.signal?.addEventListener('abort', onAbort, { once: true });
    void dialog.show(returnFocusTo).then(() => options.onOpen?.());
  });
}

async function launchPopup(popup: Window, baseUrl: string, options: OpenConnectHubOptions): Promise<ConnectedAccount> {
  const target = options.eventTarget;
  let token: string;
  try {
    token = await resolveToken(options, options.signal);
    if ((await sessionState(baseUrl, token)) === 'expired') {
      throw new ConnectHubLaunchError('expired', 'This connect session has expired or is unknown: create a new one');
    }
  } catch (error) {
    popup.close();
    throw error;
  }
  popup.location.href = authLinkUrl(baseUrl, token);
  options.onOpen?.();
  try {
    const account = await waitForAccountConnected(popup, new URL(baseUrl).origin, options.signal);
    target?.dispatchEvent(new ConnectHubSuccessEvent(account));
    // Long enough to see the success screen; the user may also press its Close button.
    window.setTimeout(() => {
      if (!popup.closed) popup.close();
      target?.dispatchEvent(new ConnectLinkClosedEvent({ source: 'hub', connected: true }));
    }, POPUP_CLOSE_DELAY_MS);
    return account;
  } catch (error) {
    target?.dispatchEvent(new ConnectLinkClosedEvent({ source: 'popup-closed', connected: false }));
    throw error;
  }
}

async function launchRedirect(baseUrl: string, options: OpenConnectHubOptions): Promise<ConnectedAccount> {
  const token = await resolveToken(options, options.signal);
  if ((await sessionState(baseUrl, token)) === 'expired') {
    throw new ConnectHubLaunchError('expired', 'This connect session has expired or is unknown: create a new one');
  }
  window.location.assign(authLinkUrl(baseUrl, token, options.returnUrl ?? window.location.href));
  return new Promise<ConnectedAccount>(() => undefined);
}

/** Asks the hub API whether a token is still good (401/403 = expired); any other answer counts as live. */
async function sessionState(baseUrl: string, token: string): Promise<'live' | 'expired'> {
  try {
    const response = await fetch(`${baseUrl}/hub/settings`, {
      headers: { 'content-type': 'application/json', [SESSION_TOKEN_HEADER]: token },
    });
    return response.status === 401 || response.status === 403 ? 'expired' : 'live';
  } catch {
    return 'live';
  }
}
