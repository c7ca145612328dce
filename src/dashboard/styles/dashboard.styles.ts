import { css } from 'lit';

/**
 * The dashboard's own pieces on top of the hub's tokens (`--_ch-*`, set once by the root element):
 * page sections, form fields, tables, badges, switches. Views include `sharedStyles` from the hub too.
 */
export const dashboardStyles = css`
  :host { display: block; }
  a { color: var(--_ch-accent); border-radius: 4px; }
  a.button { text-decoration: none; }
  .button[disabled] { opacity: 0.5; }
  h1, h2, h3, p, dl, dd, figure { margin: 0; }
  h1 { font-size: 1.45em; font-weight: 700; letter-spacing: -0.015em; }
  h3 { font-size: 1em; font-weight: 650; }
  .page-head { display: flex; flex-wrap: wrap; align-items: end; justify-content: space-between; gap: 12px 20px; margin-block-end: 20px; }
  .page-head p { color: var(--_ch-muted); max-width: 60ch; }
  .page-head .title { display: grid; gap: 4px; }
  .card { border: 1px solid var(--_ch-border); border-radius: var(--_ch-radius); background: var(--_ch-bg); box-shadow: var(--_ch-shadow); }
  .card-body { padding: var(--_ch-space); display: grid; gap: 18px; }
  .field { display: grid; gap: 6px; align-content: start; }
  .field label, .label { font-weight: 600; }
  .optional { font-weight: 400; font-size: 0.85em; color: var(--_ch-muted); }
  .input { width: 100%; min-width: 0; min-height: 42px; padding: 9px 12px; border: 1px solid var(--_ch-border); border-radius: var(--_ch-control-radius); background: var(--_ch-bg); }
  select.input { padding-block: 0; }
  .input:focus-visible { border-color: var(--_ch-accent); }
  .input[aria-invalid='true'] { border-color: var(--_ch-danger); }
  .input[readonly] { background: var(--_ch-surface); }
  .hint { font-size: 0.85em; color: var(--_ch-muted); }
  .field-error { font-size: 0.85em; font-weight: 550; color: var(--_ch-danger); }
  .field-error:empty { display: none; }
  .alert { display: grid; gap: 6px; padding: 10px 12px; border-radius: var(--_ch-control-radius); border: 1px solid color-mix(in srgb, var(--_tone) 35%, transparent); background: color-mix(in srgb, var(--_tone) 8%, var(--_ch-bg)); --_tone: var(--_ch-danger); }
  .alert.success { --_tone: var(--_ch-success); }
  .alert.info { --_tone: var(--_ch-info); }
  .alert-title { font-weight: 650; }
  .actions { display: flex; flex-wrap: wrap; align-items: center; gap: 10px; }
  .actions.end { justify-content: flex-end; }
  .button.danger { color: var(--_ch-danger); }
  .button.danger.primary { background: var(--_ch-danger); border-color: var(--_ch-danger); color: var(--_ch-accent-text); }
  .button.small { min-height: 32px; padding: 0 10px; font-size: 0.9em; }
  .badge { display: inline-flex; align-items: center; gap: 6px; padding: 1px 9px; border-radius: 999px; font-size: 0.8em; font-weight: 650; white-space: nowrap; border: 1px solid color-mix(in srgb, var(--_tone) 40%, transparent); color: var(--_tone); background: color-mix(in srgb, var(--_tone) 10%, var(--_ch-bg)); --_tone: var(--_ch-muted); }
  .badge.active { --_tone: var(--_ch-success); }
  .badge.error, .badge.expired, .badge.invalid { --_tone: var(--_ch-danger); }
  .badge.inactive, .badge.suspended { --_tone: var(--_ch-warning); }
  .badge.sandbox { --_tone: var(--_ch-info); }
  .table-wrap { overflow-x: auto; border: 1px solid var(--_ch-border); border-radius: var(--_ch-radius); background: var(--_ch-bg); }
  table { width: 100%; border-collapse: collapse; }
  caption { text-align: start; padding: 12px 16px; font-weight: 600; color: var(--_ch-muted); font-size: 0.9em; }
  th, td { padding: 10px 16px; text-align: start; vertical-align: middle; border-top: 1px solid var(--_ch-border); }
  th { font-size: 0.8em; font-weight: 650; text-transform: uppercase; letter-spacing: 0.04em; color: var(--_ch-muted); white-space: nowrap; }
  tbody tr:hover { background: var(--_ch-surface); }
  .who { display: flex; align-items: center; gap: 10px; min-width: 0; }
  .who .logo { width: 32px; height: 32px; }
  .who .logo img { width: 20px; height: 20px; }
  .stack { display: grid; min-width: 0; }
  .stack .muted { font-size: 0.85em; }
  .mono { font: 0.85em/1.45 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; word-break: break-all; }
  .link-button { padding: 0; border: 0; background: none; color: var(--_ch-accent); font-weight: 600; text-align: start; border-radius: 4px; }
  .link-button:hover { text-decoration: underline; }
  .empty { display: grid; justify-items: center; gap: 8px; padding: 48px 20px; text-align: center; }
  .empty p { color: var(--_ch-muted); max-width: 46ch; }
  .loading { display: flex; align-items: center; gap: 10px; padding: 24px; color: var(--_ch-muted); }
  .details { display: grid; grid-template-columns: minmax(140px, max-content) 1fr; gap: 8px 20px; }
  .details dt { color: var(--_ch-muted); font-weight: 550; }
  .details dd { min-width: 0; overflow-wrap: anywhere; }
  pre { margin: 0; max-height: 240px; overflow: auto; padding: 10px 12px; border-radius: 8px; background: var(--_ch-surface); font: 0.85em/1.45 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; white-space: pre-wrap; word-break: break-word; }
  @media (max-width: 640px) {
    .details { grid-template-columns: 1fr; gap: 2px; }
    .details dd { margin-block-end: 8px; }
    th, td { padding: 8px 10px; }
    /* Narrow screens: each row becomes a small card; cells name themselves with data-label. */
    .cards table, .cards tbody, .cards caption { display: block; }
    .cards thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
    .cards tr { display: grid; grid-template-columns: 1fr 1fr; gap: 10px 14px; padding: 14px; border-top: 1px solid var(--_ch-border); }
    .cards td { display: block; padding: 0; border: 0; min-width: 0; }
    .cards td.lead { grid-column: 1 / -1; }
    .cards td[data-label]::before { content: attr(data-label); display: block; margin-block-end: 2px; font-size: 0.72em; font-weight: 650; letter-spacing: 0.04em; text-transform: uppercase; color: var(--_ch-muted); }
  }
`;
