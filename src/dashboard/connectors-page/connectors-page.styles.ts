import { css } from 'lit';

export const connectorsPageStyles = css`
  .count { font-weight: 600; color: var(--_ch-muted); }
  .search { max-width: 420px; margin-block-end: 16px; }
  .alert { margin-block-end: 16px; }
  .name { font-weight: 600; }
  td .mono { font-size: 0.78em; }
  .switch { display: inline-flex; padding: 4px; border: 0; border-radius: 999px; background: none; }
  .switch[disabled] { cursor: progress; opacity: 0.6; }
  .track { position: relative; width: 44px; height: 24px; border-radius: 999px; background: color-mix(in srgb, var(--_ch-muted) 45%, var(--_ch-bg)); transition: background 0.15s; }
  .thumb { position: absolute; top: 3px; left: 3px; width: 18px; height: 18px; border-radius: 50%; background: #fff; box-shadow: 0 1px 2px #0003; transition: transform 0.15s; }
  .switch[aria-checked='true'] .track { background: var(--_ch-accent); }
  .switch[aria-checked='true'] .thumb { transform: translateX(20px); }
  .app-status { display: flex; flex-wrap: wrap; align-items: center; gap: 8px; margin-block-start: 6px; }
  .badge.needs-app { --_tone: var(--_ch-warning); }
  .link-button { padding: 2px 0; border: 0; background: none; color: var(--_ch-accent); font-weight: 600; text-decoration: underline; text-underline-offset: 2px; }
  .app-row td { background: var(--_ch-surface); }
  .app-form { display: grid; gap: 14px; max-width: 560px; padding: 8px 0; }
  .app-form h2 { font-size: 1em; }
  .app-form .hint { font-size: 0.85em; }
  .form-actions { display: flex; flex-wrap: wrap; gap: 10px; }
  @media (max-width: 640px) {
    .cards tr.app-row { display: block; }
    .cards tr.app-row td { display: block; }
    .cards tr { grid-template-columns: 1fr 1fr auto; align-items: center; }
    .cards td.switch-cell { grid-row: 1; grid-column: 3; }
    .cards td.lead { grid-column: 1 / 3; }
  }
  @media (prefers-reduced-motion: reduce) {
    .track, .thumb { transition: none; }
  }
`;
