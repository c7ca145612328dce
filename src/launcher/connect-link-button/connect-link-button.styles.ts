import { css } from 'lit';

export const connectLinkButtonStyles = css`
  :host { display: inline-block; vertical-align: middle; }
  :host([hidden]) { display: none; }
  .button {
    min-height: var(--connect-hub-button-height, 40px);
    padding: 0 var(--connect-hub-button-padding, 18px);
    width: 100%;
  }
  .button[aria-busy='true'] { cursor: progress; }
  .spinner[hidden] { display: none; }
`;
