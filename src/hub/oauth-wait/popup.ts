/** The sign-in window's name: reopening targets the same window instead of stacking new ones. */
export const POPUP_NAME = 'connect-hub-oauth';

function popupFeatures(): string {
  const width = 600;
  const height = 720;
  const left = Math.max(0, Math.round(window.screenX + (window.outerWidth - width) / 2));
  const top = Math.max(0, Math.round(window.screenY + (window.outerHeight - height) / 2));
  return `popup=yes,width=${width},height=${height},left=${left},top=${top}`;
}

/** Opens the sign-in window on `url` (blank first time); call it synchronously inside a click, or blockers fire. */
export function openPopup(url = 'about:blank'): Window | null {
  return window.open(url, POPUP_NAME, popupFeatures());
}
