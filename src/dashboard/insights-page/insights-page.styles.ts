import { css } from 'lit';

/** The page's own, plus the few rules uPlot needs (its stylesheet would not reach into this shadow root). */
export const insightsPageStyles = css`
  h1, h2 { outline: none; }
  h3 { margin: 0; font-size: 1em; }
  .report { display: grid; gap: 20px; }
  .filters { display: grid; grid-template-columns: repeat(auto-fit, minmax(160px, 1fr)); gap: 12px; align-items: end; padding: 14px; }
  #insights-zone { margin-block: 6px 16px; }
  figure { margin: 0; }
  .chart { width: 100%; min-height: 200px; overflow: hidden; }
  .steps-wrap { max-width: 560px; }
  table.steps th[scope='row'] { font-weight: 600; text-align: start; text-transform: none; letter-spacing: normal; font-size: 1em; color: var(--_ch-text); }
  .count, .opened, .submitted, .connected { font-variant-numeric: tabular-nums; font-weight: 650; }
  .reasons { margin: 0; padding-inline-start: 18px; display: grid; gap: 4px; }
  /* The cell stays a table cell (display: flex on a td breaks its row); the badges wrap as inline boxes. */
  .reasons-cell .badge { margin-block: 2px; }
  .name { font-weight: 650; }
  .uplot { font: inherit; font-size: 0.85em; color: var(--_ch-muted); }
  .uplot canvas { display: block; position: relative; width: 100%; height: 100%; }
  .u-wrap { position: relative; user-select: none; }
  .u-over, .u-under, .u-axis, .u-select { position: absolute; }
  .u-select { background: color-mix(in srgb, var(--_ch-accent) 15%, transparent); pointer-events: none; }
  .u-cursor-x, .u-cursor-y { position: absolute; left: 0; top: 0; pointer-events: none; will-change: transform; }
  .u-hz .u-cursor-x, .u-vt .u-cursor-y { height: 100%; border-right: 1px dashed var(--_ch-border); }
  .u-hz .u-cursor-y, .u-vt .u-cursor-x { width: 100%; border-bottom: 1px dashed var(--_ch-border); }
  .u-cursor-pt { position: absolute; top: 0; left: 0; border-radius: 50%; border: 0 solid; pointer-events: none; will-change: transform; background-clip: padding-box !important; }
  .u-legend { margin: 8px auto 0; text-align: center; font-size: 0.95em; color: var(--_ch-text); }
  .u-legend .u-marker { width: 1em; height: 1em; margin-inline-end: 4px; background-clip: padding-box !important; }
  .u-inline tr, .u-inline th, .u-inline td { display: inline-block; }
  .u-inline .u-series { margin-inline-end: 12px; }
  .u-legend th { font-weight: 600; }
  .u-legend th > * { vertical-align: middle; display: inline-block; }
  .u-legend .u-value { display: none; }
  .u-off { opacity: 0.4; }
  .u-legend tr:first-child { display: none; }
  @media (max-width: 640px) {
    .filters { grid-template-columns: 1fr 1fr; }
    /* Three columns fit a phone when the headings may wrap: no sideways scroll for the funnel's table. */
    table.steps th { white-space: normal; }
    table.steps th, table.steps td { padding-inline: 8px; }
  }
`;
