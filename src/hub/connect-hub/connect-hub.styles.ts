import { css } from 'lit';

export const connectHubStyles = css`
  :host { display: block; max-width: 100%; }
  :host([hidden]) { display: none; }
  .card { display: flex; flex-direction: column; min-height: var(--connect-hub-min-height, 460px); max-height: var(--connect-hub-max-height, 680px); overflow: hidden; border: 1px solid var(--_ch-border); border-radius: var(--_ch-radius); background: var(--_ch-bg); box-shadow: var(--_ch-shadow); }
  /* The height attribute reflects even when empty: only a real value fixes the height. */
  :host([height]:not([height=''])) .card { height: var(--_ch-height); min-height: 0; max-height: none; }
  .card > * { flex: 1; min-height: 0; }
  .card > .handoff-bar { flex: none; display: flex; justify-content: center; padding: 6px var(--_ch-space) 10px; border-top: 1px solid var(--_ch-border); }
  .handoff-button { border: 0; background: none; padding: 6px 8px; color: var(--_ch-accent); font: inherit; font-size: 0.92em; text-decoration: underline; text-underline-offset: 2px; border-radius: var(--_ch-control-radius); }
  .handoff-button:focus-visible { outline: 2px solid var(--_ch-accent); outline-offset: 1px; }
  /* On a phone the hand-off is pointless: the user is on the phone already. */
  @media (max-width: 480px) { .card > .handoff-bar { display: none; } }
`;
