import type { ConnectHubElement } from '../hub/connect-hub/connect-hub.js';

/** What this page writes into `history.state`: which hub view the entry stands for. */
interface HubEntry {
  connectHub: 'connector' | 'result';
  /** The connector's provider key, so that Forward opens it again. */
  provider?: string | undefined;
}

const entryOf = (state: unknown): HubEntry['connectHub'] | undefined => (state as Partial<HubEntry> | null)?.connectHub;

/**
 * Keeps this tab's history in step with the hub: choosing a connector pushes an entry, its result replaces
 * it, and the browser's Back returns to the list (search and category kept), Forward opens that connector
 * again. The hub's own Back (or Escape) steps history back too, so Forward and Back never disagree with the
 * screen. A page opts in; the hub alone never touches history.
 */
export function syncHistory(hub: ConnectHubElement, win: Window = window): void {
  let opening = false;
  let ownBack = false;
  let reopening = false;
  hub.addEventListener('connect-hub:event', (event) => {
    const { name: step, provider } = event.detail;
    if (step === 'opened') {
      // A connector chosen for the user as the hub opens (edit mode, a single connector) has no list behind it.
      opening = true;
      queueMicrotask(() => (opening = false));
    } else if (step === 'connector-selected' && !opening && !reopening) {
      win.history.pushState({ connectHub: 'connector', provider } satisfies HubEntry, '');
    } else if (step === 'connected' && entryOf(win.history.state) === 'connector') {
      win.history.replaceState({ connectHub: 'result', provider } satisfies HubEntry, '');
    } else if (step === 'back' && entryOf(win.history.state) && !ownBack) {
      ownBack = true;
      win.history.back();
    }
  });
  win.addEventListener('popstate', (event) => {
    const entry = entryOf(event.state);
    if (ownBack) ownBack = false;
    // Back to the list's entry (the hub's back() then fires 'back' while no entry of ours is current).
    else if (!entry) hub.back();
    // Forward to a connector's entry: that connector again (a result's entry shows the list: it is done).
    else if (entry === 'connector') {
      reopening = true;
      try {
        hub.reopen((event.state as HubEntry).provider ?? '');
      } finally {
        reopening = false;
      }
    }
  });
}
