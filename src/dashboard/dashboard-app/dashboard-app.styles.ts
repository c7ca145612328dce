import { css } from 'lit';

export const dashboardAppStyles = css`
  :host { display: block; min-height: 100vh; background: var(--_ch-surface); }
  .shell { min-height: 100vh; display: flex; flex-direction: column; }
  .topbar { position: sticky; top: 0; z-index: 1; display: flex; flex-wrap: wrap; align-items: center; gap: 10px 20px; padding: 10px clamp(12px, 3vw, 32px); border-bottom: 1px solid var(--_ch-border); background: var(--_ch-bg); }
  .brand { display: inline-flex; align-items: center; gap: 10px; font-weight: 700; color: var(--_ch-text); text-decoration: none; }
  .brand-sub { font-weight: 500; color: var(--_ch-muted); }
  nav { display: flex; flex-wrap: wrap; align-items: center; gap: 4px 6px; }
  .nav-link { padding: 6px 12px; border-radius: var(--_ch-control-radius); color: var(--_ch-text); font-weight: 600; text-decoration: none; }
  .nav-link:hover { background: var(--_ch-surface); }
  .nav-link[aria-current='page'] { background: color-mix(in srgb, var(--_ch-accent) 14%, var(--_ch-bg)); color: var(--_ch-text); }
  .nav-link.button.primary { color: var(--_ch-accent-text); margin-inline-start: 6px; }
  .nav-link.button.primary[aria-current='page'] { background: var(--_ch-accent); }
  .tools { display: flex; align-items: center; gap: 8px; margin-inline-start: auto; }
  .project { font-size: 0.9em; color: var(--_ch-muted); max-width: 24ch; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
  .theme { color: var(--_ch-text); }
  main { flex: 1; width: 100%; max-width: 1200px; margin: 0 auto; padding: clamp(16px, 3vw, 32px); }
  @media (max-width: 640px) {
    .topbar { position: static; }
    .brand-sub, .project { display: none; }
    nav { order: 3; width: 100%; }
    .nav-link { padding: 6px 10px; }
    .nav-link.button.primary { margin-inline-start: auto; }
  }
`;
