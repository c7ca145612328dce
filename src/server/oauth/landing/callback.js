// The OAuth landing page's script (served as a file: the page's CSP forbids inline scripts).
// It tells the window that opened the popup how the sign-in ended, naming each target origin, then closes
// the popup; after a full-page redirect it sends the user back to the auth-link page that started it.
(() => {
  const RETURN_KEY = 'connect-hub:oauth-return';
  const dataElement = document.getElementById('connect-hub-result');
  if (!dataElement) return;
  let result;
  try {
    result = JSON.parse(dataElement.textContent || '{}');
  } catch {
    return;
  }

  // §9 of the contract: what StackOne's older clients listen for.
  const message =
    result.status === 'authenticated' && result.account
      ? { type: 'AccountConnected', account: result.account }
      : { type: 'CloseOAuth2', error: result.error?.code, errorDescription: result.error?.description ?? undefined };

  const opener = window.opener;
  if (opener && opener !== window) {
    for (const origin of result.targets || []) {
      try {
        opener.postMessage(message, origin);
      } catch {
        // an origin the opener is not on: nothing to tell there
      }
    }
  }

  let returnUrl = null;
  try {
    returnUrl = sessionStorage.getItem(RETURN_KEY);
    sessionStorage.removeItem(RETURN_KEY);
  } catch {
    returnUrl = null;
  }
  if (!opener && returnUrl && result.connection_attempt_id) {
    const back = new URL(returnUrl, location.href);
    if (back.origin === location.origin) {
      back.searchParams.set('connection_attempt_id', result.connection_attempt_id);
      location.replace(back.href);
      return;
    }
  }

  const closeButton = document.getElementById('close-window');
  if (closeButton) {
    closeButton.hidden = false;
    closeButton.addEventListener('click', () => window.close());
  }
  // A moment for the opener to read the message before the popup goes.
  setTimeout(() => window.close(), 400);
})();
