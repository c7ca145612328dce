import { css } from 'lit';

export const accountsPageStyles = css`
  .notice { margin-block-end: 16px; }
  .toolbar { display: grid; gap: 14px; margin-block-end: 16px; }
  .search { max-width: 420px; }
  .filters { display: grid; grid-template-columns: repeat(auto-fit, minmax(170px, 1fr)); gap: 12px; align-items: end; }
  .filter-actions { flex-wrap: nowrap; }
  .account-link { font-weight: 650; text-decoration: none; }
  .account-link:hover { text-decoration: underline; }
  td .mono { font-size: 0.78em; }
  .date { white-space: nowrap; font-size: 0.9em; }
  .pager { display: flex; align-items: center; justify-content: flex-end; gap: 12px; margin-block-start: 14px; }
  .page-number { color: var(--_ch-muted); font-weight: 600; }
  th .sort { display: inline-flex; align-items: center; gap: 4px; padding: 2px 4px; margin-inline-start: -4px; border: 0; border-radius: 4px; background: none; color: inherit; font: inherit; letter-spacing: inherit; text-transform: inherit; cursor: pointer; }
  th .sort:hover { color: var(--_ch-text); }
  th[aria-sort='ascending'] .sort, th[aria-sort='descending'] .sort { color: var(--_ch-accent); }
  .sort-mark { font-size: 0.85em; opacity: 0.8; }
`;
