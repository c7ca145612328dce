import { css } from 'lit';

export const webhooksPageStyles = css`
  h1, h2 { outline: none; }
  section { display: grid; gap: 12px; margin-block-end: 28px; }
  .section-head { display: flex; flex-wrap: wrap; align-items: end; justify-content: space-between; gap: 10px; }
  .notice, .alert { margin-block-end: 16px; }
  .url { font-weight: 650; overflow-wrap: anywhere; }
  td.lead { min-width: 200px; }
  .failure-rate { white-space: nowrap; }
  .events { display: flex; flex-wrap: wrap; gap: 4px; }
  .row-actions { display: flex; flex-wrap: wrap; gap: 6px; }
  .date { white-space: nowrap; font-size: 0.9em; }
  .filters { display: grid; grid-template-columns: repeat(auto-fit, minmax(160px, 1fr)); gap: 12px; align-items: end; }
  .pager { display: flex; align-items: center; justify-content: flex-end; gap: 12px; }
  .page-number { color: var(--_ch-muted); font-weight: 600; }
  .secret .input { font: 0.9em/1.45 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
  .checks { display: grid; gap: 6px; border: 0; margin: 0; padding: 0; }
  .checks legend { font-weight: 600; margin-block-end: 4px; padding: 0; }
  .check { display: flex; align-items: center; gap: 8px; }
  .error-text { color: var(--_ch-danger); font-size: 0.85em; overflow-wrap: anywhere; }
  dialog { width: min(520px, calc(100vw - 32px)); padding: 0; border: 1px solid var(--_ch-border); border-radius: var(--_ch-radius); background: var(--_ch-bg); color: var(--_ch-text); box-shadow: var(--_ch-shadow); }
  dialog::backdrop { background: rgb(15 17 23 / 0.55); }
  .dialog-body { display: grid; gap: 14px; padding: var(--_ch-space); }
  .badge.pending { --_tone: var(--_ch-info); }
  @media (max-width: 640px) {
    .cards td.actions-cell { grid-column: 1 / -1; }
    .cards .date, .failure-rate { white-space: normal; }
    td.lead { min-width: 0; }
    .pager { justify-content: space-between; }
  }
`;
