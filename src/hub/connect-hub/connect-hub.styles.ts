import { css } from 'lit';

export const connectHubStyles = css`
  :host { display: block; max-width: 100%; }
  :host([hidden]) { display: none; }
  .card { display: flex; flex-direction: column; min-height: var(--connect-hub-min-height, 460px); max-height: var(--connect-hub-max-height, 680px); overflow: hidden; border: 1px solid var(--_ch-border); border-radius: var(--_ch-radius); background: var(--_ch-bg); box-shadow: var(--_ch-shadow); }
  /* The height attribute reflects even when empty: only a real value fixes the height. */
  :host([height]:not([height=''])) .card { height: var(--_ch-height); min-height: 0; max-height: none; }
  .card > * { flex: 1; min-height: 0; }
`;
