import { css } from 'lit';

export const oauthWaitStyles = css`
  :host { display: flex; flex-direction: column; height: 100%; }
  .wait { flex: 1; display: grid; align-content: center; justify-items: center; gap: 8px; padding: 40px var(--_ch-space); text-align: center; }
  .wait p { max-width: 40ch; margin: 0; }
  .spinner { width: 40px; height: 40px; margin-bottom: 8px; border-radius: 50%; border: 3px solid var(--_ch-border); border-top-color: var(--_ch-accent); animation: spin 0.9s linear infinite; }
  .actions { display: flex; flex-wrap: wrap; justify-content: center; gap: 8px; margin-top: 16px; }
  @keyframes spin {
    to { transform: rotate(1turn); }
  }
  @media (prefers-reduced-motion: reduce) {
    .spinner { animation: none; }
  }
`;
