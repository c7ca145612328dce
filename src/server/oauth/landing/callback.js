// The script of the server's end-user pages (served as a file: the page's CSP forbids inline scripts).
// Every page gets its way back: a popup closes, a tab returns to the hub it came from. On the OAuth landing page
// it first tells the window that opened the popup how the sign-in ended, naming each target origin, then closes
// the popup; after a full-page redirect it sends the user back to the auth-link page that started it.
(() => {
  const RETURN_KEY = 'connect-hub:oauth-return';
  const opener = window.opener && window.opener !== window ? window.opener : null;

  const readReturnUrl = () => {
    try {
      const value = sessionStorage.getItem(RETURN_KEY);
      if (!value) return null;
      const url = new URL(value, location.href);
      return url.origin === location.origin ? url : null;
    } catch {
      return null;
    }
  };
  const forgetReturnUrl = () => {
    try {
      sessionStorage.removeItem(RETURN_KEY);
    } catch {
      // storage blocked: nothing was kept
    }
  };

  const showWayBack = () => {
    const closeButton = document.getElementById('close-window');
    const backButton = document.getElementById('go-back');
    const returnUrl = readReturnUrl();
    if (!opener && backButton && (returnUrl || history.length > 1)) {
      backButton.hidden = false;
      backButton.addEventListener('click', () => {
        forgetReturnUrl();
        if (returnUrl) location.assign(returnUrl.href);
        else history.back();
      });
    } else if (closeButton) {
      closeButton.hidden = false;
      closeButton.addEventListener('click', () => window.close());
    }
  };

  const dataElement = document.getElementById('connect-hub-result');
  if (!dataElement) {
    showWayBack();
    return;
  }
  let result;
  try {
    result = JSON.parse(dataElement.textContent || '{}');
  } catch {
    showWayBack();
    return;
  }

  // §9 of the contract: what StackOne's older clients listen for.
  const message =
    result.status === 'authenticated' && result.account
      ? { type: 'AccountConnected', account: result.account }
      : { type: 'CloseOAuth2', error: result.error?.code, errorDescription: result.error?.description ?? undefined };

  if (opener) {
    for (const origin of result.targets || []) {
      try {
        opener.postMessage(message, origin);
      } catch {
        // an origin the opener is not on: nothing to tell there
      }
    }
  }

  const returnUrl = readReturnUrl();
  if (!opener && returnUrl && result.connection_attempt_id) {
    forgetReturnUrl();
    returnUrl.searchParams.set('connection_attempt_id', result.connection_attempt_id);
    location.replace(returnUrl.href);
    return;
  }

  showWayBack();
  // A moment for the opener to read the message before the popup goes (a tab the user opened stays: browsers refuse).
  setTimeout(() => window.close(), 400);
})();
