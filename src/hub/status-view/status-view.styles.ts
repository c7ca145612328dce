import { css } from 'lit';

export const statusViewStyles = css`
  :host { display: flex; flex-direction: column; height: 100%; }
  .status { flex: 1; display: grid; align-content: center; justify-items: center; gap: 8px; padding: 40px var(--_ch-space); text-align: center; }
  .status p { max-width: 40ch; }
  .badge { display: grid; place-items: center; width: 52px; height: 52px; margin-bottom: 8px; border-radius: 50%; color: var(--_tone); background: color-mix(in srgb, var(--_tone) 14%, var(--_ch-bg)); --_tone: var(--_ch-info); }
  .success { --_tone: var(--_ch-success); }
  .error { --_tone: var(--_ch-danger); }
  .warning { --_tone: var(--_ch-warning); }
  .status .button { margin-top: 16px; }
  .skeleton { flex: 1; display: grid; align-content: start; gap: 14px; padding: var(--_ch-space); }
  .bone { height: 14px; border-radius: 6px; background: linear-gradient(90deg, var(--_ch-surface) 30%, var(--_ch-border) 50%, var(--_ch-surface) 70%) 0 0 / 300% 100%; animation: shimmer 1.4s ease-in-out infinite; }
  .bone.title { width: 55%; height: 20px; }
  .bone.line { width: 75%; }
  .bone.input { height: 42px; margin-bottom: 8px; }
  .bone-row { display: flex; align-items: center; gap: 12px; padding: 6px 0; }
  .bone-row .bone:first-child { flex: none; width: 36px; height: 36px; border-radius: 9px; }
  .bone-row .bone:last-child { width: 45%; }
  @keyframes shimmer {
    to { background-position: -150% 0; }
  }
  @media (prefers-reduced-motion: reduce) {
    .bone { animation: none; }
  }
`;
