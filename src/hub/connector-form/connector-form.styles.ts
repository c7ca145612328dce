import { css } from 'lit';

export const connectorFormStyles = css`
  :host { display: flex; flex-direction: column; min-height: 0; height: 100%; }
  .header { display: flex; align-items: center; gap: 12px; padding: 16px var(--_ch-space); border-bottom: 1px solid var(--_ch-border); }
  .header .back { margin-inline-start: -8px; }
  .header .back svg:dir(rtl) { scale: -1 1; }
  .title { flex: 1; min-width: 0; display: grid; }
  /* A long name wraps (never cut with an ellipsis): on a phone the end user must read which service this is. */
  .title h2 { overflow-wrap: anywhere; text-wrap: balance; }
  .title p { font-size: 0.85em; }
  .guide-link { flex: none; display: inline-flex; align-items: center; gap: 4px; font-size: 0.85em; font-weight: 600; color: var(--_ch-accent); border-radius: 6px; padding: 4px 6px; }
  form { flex: 1; min-height: 0; display: flex; flex-direction: column; }
  .body { flex: 1; min-height: 0; overflow-y: auto; display: grid; align-content: start; gap: 18px; padding: var(--_ch-space); }
  .intro { color: var(--_ch-muted); }
  .field { display: grid; gap: 6px; }
  .label-row { display: flex; align-items: center; gap: 6px; }
  label { font-weight: 600; }
  .optional { font-size: 0.85em; }
  .tip-button { width: 22px; height: 22px; border-radius: 50%; font-size: 0.75em; font-weight: 700; border: 1px solid var(--_ch-border); background: var(--_ch-bg); color: var(--_ch-muted); }
  .tip { padding: 8px 10px; border-radius: var(--_ch-control-radius); background: var(--_ch-surface); font-size: 0.9em; }
  .control { display: flex; gap: 8px; }
  .input { flex: 1; min-width: 0; width: 100%; min-height: 42px; padding: 9px 12px; border: 1px solid var(--_ch-border); border-radius: var(--_ch-control-radius); background: var(--_ch-bg); }
  textarea.input { min-height: 96px; resize: vertical; }
  .input:focus-visible { border-color: var(--_ch-accent); }
  .input[aria-invalid='true'] { border-color: var(--_ch-danger); }
  .input[readonly] { background: var(--_ch-surface); }
  .hint { font-size: 0.85em; }
  .field-error { font-size: 0.85em; font-weight: 550; color: var(--_ch-danger); }
  .field-error:empty { display: none; }
  .notice, .alert { padding: 10px 12px; border-radius: var(--_ch-control-radius); border: 1px solid color-mix(in srgb, var(--_notice) 35%, transparent); background: color-mix(in srgb, var(--_notice) 8%, var(--_ch-bg)); --_notice: var(--_ch-info); }
  .notice.warning { --_notice: var(--_ch-warning); }
  .alert { --_notice: var(--_ch-danger); display: grid; gap: 8px; outline: none; }
  .alert-title { font-weight: 650; color: var(--_ch-danger); }
  .alert-detail-label { font-size: 0.8em; font-weight: 600; color: var(--_ch-muted); }
  pre { margin: 0; max-height: 160px; overflow: auto; padding: 8px 10px; border-radius: 6px; background: var(--_ch-surface); font: 0.85em/1.45 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; white-space: pre-wrap; word-break: break-word; }
  .alert .button { justify-self: start; min-height: 34px; }
  /* Beside its field: one compact block, so on a phone the field and the message share the screen. */
  .alert.at-field { padding: 8px 10px; gap: 6px; grid-template-columns: 1fr auto; align-items: center; }
  .alert.at-field > p { font-weight: 550; }
  .alert.at-field .button { grid-column: 2; grid-row: 1; min-height: 32px; padding: 0 12px; }
  .alert.at-field .alert-details { grid-column: 1 / -1; }
  .alert-details { display: grid; gap: 6px; font-size: 0.9em; color: var(--_ch-muted); }
  .alert-details summary { cursor: pointer; width: fit-content; }
  .alert-details[open] { gap: 6px; }
  .oauth { display: grid; gap: 6px; padding: 28px 0; text-align: center; }
  .footer .button.primary { min-width: 120px; }
  .actions { display: flex; align-items: center; gap: 12px; margin-inline-start: auto; }
`;
