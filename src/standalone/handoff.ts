import { conforms } from '../contract/json-schema/check.js';
import { HandoffClaimed } from '../contract/json-schema/schemas.js';
import { SESSION_TOKEN_HEADER } from '../contract/wire.js';
import { loadStrings } from '../hub/strings/index.js';

/** Marks a page that runs a hand-off's phone session (`?token=…&from=handoff`). */
const FROM_HANDOFF = 'handoff';

/**
 * The phone's side of "Continue on your phone" (issue 17 §2). Opening `?handoff=<link token>` changes nothing on
 * the server; this script's first call (the claim) binds the link to this device, and the page then runs as an
 * auth link for the phone's own session. Another device is told the link is in use. Returns true when it took
 * over the page (`boot` runs again once the claim answered).
 */
export function claimHandoff(boot: () => void): boolean {
  const url = new URL(window.location.href);
  const handoff = url.searchParams.get('handoff');
  if (!handoff) return false;
  void (async () => {
    let status = 0;
    try {
      const response = await fetch('/hub/handoffs/claim', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        credentials: 'same-origin',
        body: JSON.stringify({ handoff }),
      });
      status = response.status;
      const claimed: unknown = response.ok ? await response.json() : undefined;
      if (conforms(HandoffClaimed, claimed)) {
        url.searchParams.delete('handoff');
        url.searchParams.set('token', claimed.token);
        url.searchParams.set('from', FROM_HANDOFF);
        window.history.replaceState(window.history.state, '', url);
        boot();
        return;
      }
    } catch {
      // Shown below as a link that cannot be used.
    }
    await refuse(status);
  })();
  return true;
}

/** A refused claim: in use on another device (409), else the expired-link view of the hub (no token). */
async function refuse(status: number): Promise<void> {
  const hub = document.querySelector('connect-hub');
  if (status !== 409) {
    hub?.setAttribute('token', 'chs_handoff_refused');
    return;
  }
  const strings = await loadStrings(new URLSearchParams(window.location.search).get('lang'), navigator.language);
  const title = document.getElementById('page-title');
  const note = document.getElementById('page-done');
  if (hub) hub.hidden = true;
  if (title) title.textContent = strings.handoffInUseTitle;
  document.title = strings.handoffInUseTitle;
  if (note) {
    note.textContent = strings.handoffInUseBody;
    note.setAttribute('role', 'alert');
    note.hidden = false;
  }
}

/** On a hand-off's phone: no "Continue on your phone", and the account linked here is reported to the other screen. */
export function followHandoff(hub: HTMLElement, baseUrl: string, token: string): void {
  if (new URLSearchParams(window.location.search).get('from') !== FROM_HANDOFF) return;
  hub.setAttribute('hide-handoff', '');
  hub.addEventListener('connect-hub:success', (event) => {
    void fetch(`${baseUrl}/hub/handoffs/complete`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [SESSION_TOKEN_HEADER]: token },
      body: JSON.stringify({ account_id: (event as CustomEvent<{ id: string }>).detail.id }),
    });
  });
}
