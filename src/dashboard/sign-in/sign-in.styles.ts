import { css } from 'lit';

export const signInStyles = css`
  :host { max-width: 440px; margin: 8vh auto 0; }
  .brand-row { display: flex; align-items: center; gap: 10px; font-weight: 700; color: var(--_ch-muted); }
  .mark { border-radius: 7px; }
  .mono-input { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
  .button.primary { justify-self: start; min-width: 120px; }
`;
