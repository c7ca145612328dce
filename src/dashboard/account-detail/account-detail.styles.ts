import { css } from 'lit';

export const accountDetailStyles = css`
  .crumbs { margin-block-end: 14px; }
  .crumbs a { font-weight: 600; text-decoration: none; }
  .crumbs a:hover { text-decoration: underline; }
  .page-head .who { display: flex; align-items: center; gap: 14px; }
  .logo.big { width: 48px; height: 48px; border-radius: 12px; }
  .logo.big img { width: 28px; height: 28px; }
  .page-head .title p { display: flex; flex-wrap: wrap; align-items: center; gap: 6px; }
  h1, h2 { outline: none; }
  .alert { margin-block-end: 16px; }
  .relink { margin-block-end: 20px; }
  .sections { display: grid; grid-template-columns: repeat(auto-fit, minmax(300px, 1fr)); gap: 20px; }
  .reasons { margin: 0; padding-inline-start: 18px; display: grid; gap: 4px; }
  .deliveries { display: grid; gap: 12px; margin-block-start: 24px; }
  .pager { display: flex; align-items: center; justify-content: flex-end; gap: 12px; }
  .page-number { color: var(--_ch-muted); font-weight: 600; }
  dialog { width: min(460px, calc(100vw - 32px)); padding: 0; border: 1px solid var(--_ch-border); border-radius: var(--_ch-radius); background: var(--_ch-bg); color: var(--_ch-text); box-shadow: var(--_ch-shadow); }
  dialog::backdrop { background: rgb(15 17 23 / 0.55); }
  .dialog-body { display: grid; gap: 14px; padding: var(--_ch-space); }
`;
