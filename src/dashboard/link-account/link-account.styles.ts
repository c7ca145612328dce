import { css } from 'lit';

export const linkAccountStyles = css`
  .card { max-width: 860px; }
  .step-label { font-size: 0.85em; font-weight: 600; }
  h2 { outline: none; }
  .form-grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(240px, 1fr)); gap: 18px 20px; }
  .wide { grid-column: 1 / -1; }
  .check { display: inline-flex; align-items: center; gap: 8px; font-weight: 600; }
  .details { padding: 14px 16px; border-radius: var(--_ch-control-radius); background: var(--_ch-surface); }
`;
