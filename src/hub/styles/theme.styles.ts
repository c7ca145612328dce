import { css } from 'lit';

/**
 * The root's design tokens. Public values are `--connect-hub-*`; each resolves into a private `--_ch-*`
 * that the views read. Colours use `light-dark()`, so `theme` only sets `color-scheme` ("auto" lets the
 * browser follow prefers-color-scheme).
 */
export const themeStyles = css`
  :host {
    color-scheme: light;
    --_ch-font: var(--connect-hub-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif);
    --_ch-font-size: var(--connect-hub-font-size, 14px);
    --_ch-radius: var(--connect-hub-radius, 14px);
    --_ch-control-radius: var(--connect-hub-control-radius, 8px);
    --_ch-space: var(--connect-hub-spacing, 20px);
    --_ch-bg: var(--connect-hub-color-background, light-dark(#fff, #15171c));
    --_ch-surface: var(--connect-hub-color-surface, light-dark(#f6f7f9, #1e2128));
    --_ch-text: var(--connect-hub-color-text, light-dark(#14161b, #f1f3f7));
    --_ch-muted: var(--connect-hub-color-muted, light-dark(#5c6370, #a3a9b7));
    --_ch-border: var(--connect-hub-color-border, light-dark(#e3e6eb, #323743));
    --_ch-accent: var(--connect-hub-color-accent, light-dark(#4f46e5, #8b93ff));
    --_ch-accent-text: var(--connect-hub-color-accent-text, light-dark(#fff, #11131a));
    --_ch-danger: var(--connect-hub-color-danger, light-dark(#b42318, #ff9a9a));
    --_ch-success: var(--connect-hub-color-success, light-dark(#177245, #7ee2a1));
    --_ch-warning: var(--connect-hub-color-warning, light-dark(#93510c, #f6cf6b));
    --_ch-info: var(--connect-hub-color-info, light-dark(#1d5bbf, #9cc3ff));
    --_ch-shadow: var(--connect-hub-shadow, 0 1px 2px #1018280d, 0 12px 32px #10182814);
    /* Solid accent behind a gap of background: at least 3:1 against the card in both themes (WCAG 1.4.11). */
    --_ch-focus: 0 0 0 2px var(--_ch-bg), 0 0 0 4px var(--_ch-accent);
  }
  :host([theme='dark']) { color-scheme: dark; }
  :host([theme='auto']) { color-scheme: light dark; }
`;

/** Controls, type and small pieces every view shares. */
export const sharedStyles = css`
  :host { display: block; font: 400 var(--_ch-font-size) / 1.5 var(--_ch-font); color: var(--_ch-text); }
  *, *::before, *::after { box-sizing: border-box; }
  h2, p { margin: 0; }
  h2 { font-size: 1.15em; font-weight: 650; letter-spacing: -0.01em; }
  .muted { color: var(--_ch-muted); }
  .visually-hidden { position: absolute; width: 1px; height: 1px; margin: -1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
  button, input, select, textarea { font: inherit; color: inherit; }
  button { cursor: pointer; }
  :focus-visible { outline: none; box-shadow: var(--_ch-focus); }
  /* Headings take focus only so a new view is announced where it starts; they are not controls. */
  h2:focus { outline: none; box-shadow: none; }
  .button { display: inline-flex; align-items: center; justify-content: center; gap: 8px; min-height: 40px; padding: 0 16px; border-radius: var(--_ch-control-radius); border: 1px solid var(--_ch-border); background: var(--_ch-bg); font-weight: 600; }
  .button:hover, .icon-button:hover { background: var(--_ch-surface); }
  .button.primary { background: var(--_ch-accent); border-color: var(--_ch-accent); color: var(--_ch-accent-text); }
  .button.primary:hover { filter: brightness(1.1); }
  .button[disabled] { cursor: default; opacity: 0.75; }
  .icon-button { display: inline-grid; place-items: center; width: 36px; height: 36px; border: 0; border-radius: var(--_ch-control-radius); background: none; color: var(--_ch-muted); }
  .spinner { width: 16px; height: 16px; border-radius: 50%; border: 2px solid; border-right-color: transparent; animation: spin 0.7s linear infinite; }
  @keyframes spin {
    to { transform: rotate(1turn); }
  }
  .logo { display: inline-grid; place-items: center; flex: none; width: 36px; height: 36px; border-radius: 9px; border: 1px solid var(--_ch-border); background: #fff; overflow: hidden; }
  .logo img { width: 22px; height: 22px; }
  .monogram { background: color-mix(in srgb, var(--_ch-accent) 14%, var(--_ch-bg)); color: var(--_ch-text); font-size: 0.8em; font-weight: 700; }
  .header, .footer, .search, .pills { flex: none; }
  .footer { display: flex; align-items: center; justify-content: space-between; gap: 12px; padding: 14px var(--_ch-space); border-top: 1px solid var(--_ch-border); }
  .brand { font-size: 0.85em; color: var(--_ch-muted); }
`;
