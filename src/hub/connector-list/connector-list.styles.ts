import { css } from 'lit';

export const connectorListStyles = css`
  :host { display: flex; flex-direction: column; min-height: 0; height: 100%; }
  .header { display: grid; gap: 4px; padding: var(--_ch-space) var(--_ch-space) 12px; }
  .search { position: relative; margin: 0 var(--_ch-space); }
  .search svg { position: absolute; inset-inline-start: 12px; top: 50%; translate: 0 -50%; color: var(--_ch-muted); pointer-events: none; }
  .search input { width: 100%; height: 42px; padding-block: 0; padding-inline: 38px 12px; border: 1px solid var(--_ch-border); border-radius: var(--_ch-control-radius); background: var(--_ch-bg); }
  .search input:focus-visible { border-color: var(--_ch-accent); }
  /* Wrapped, not scrolled: a row cut mid-pill gave no sign that more categories were there. */
  .pills { display: flex; flex-wrap: wrap; gap: 6px; padding: 12px var(--_ch-space) 4px; }
  .pill { flex: none; min-height: 30px; padding: 0 12px; border-radius: 999px; border: 1px solid var(--_ch-border); background: var(--_ch-bg); font-size: 0.8em; font-weight: 600; letter-spacing: 0.03em; text-transform: uppercase; color: var(--_ch-muted); }
  .pill[aria-pressed='true'] { background: var(--_ch-text); border-color: var(--_ch-text); color: var(--_ch-bg); }
  .list { flex: 1; min-height: 0; margin: 0; padding: 8px calc(var(--_ch-space) - 8px) 12px; overflow-y: auto; list-style: none; }
  .row { display: flex; align-items: center; gap: 12px; width: 100%; padding: 8px; border: 0; border-radius: var(--_ch-control-radius); background: transparent; text-align: start; content-visibility: auto; contain-intrinsic-size: auto 36px; }
  .row:hover { background: var(--_ch-surface); }
  /* Up to two lines, so long names (ActiveCampaign) are read whole on a phone. */
  .name { flex: 1; min-width: 0; display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 2; line-clamp: 2; overflow: hidden; overflow-wrap: anywhere; font-weight: 550; }
  .category { font-size: 0.75em; font-weight: 600; letter-spacing: 0.04em; color: var(--_ch-muted); }
  .chevron { color: var(--_ch-muted); }
  /* Right-to-left: the row's "go" arrow points the way the line reads. */
  .chevron:dir(rtl) { scale: -1 1; }
  /* Spacing letters apart breaks Arabic's joined script. */
  .pill:dir(rtl), .category:dir(rtl) { letter-spacing: 0; }
  .empty { display: grid; justify-items: center; gap: 6px; padding: 40px var(--_ch-space); text-align: center; }
  .empty .button { margin-top: 10px; }
`;
