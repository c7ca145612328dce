import { css } from 'lit';

export const hubDialogStyles = css`
  :host { display: contents; }
  dialog {
    box-sizing: border-box;
    width: min(var(--connect-hub-dialog-width, 480px), calc(100% - 24px));
    max-width: none;
    max-height: calc(100dvh - 24px);
    margin: auto;
    padding: 0;
    border: 0;
    background: transparent;
    color: var(--_ch-text);
    overflow: visible;
  }
  dialog[open] { animation: enter 160ms ease-out; }
  dialog::backdrop {
    background: var(--connect-hub-dialog-backdrop, rgb(12 14 20 / 0.55));
    backdrop-filter: blur(2px);
  }
  @keyframes enter {
    from { opacity: 0; transform: translateY(8px) scale(0.98); }
  }
  @media (prefers-reduced-motion: reduce) {
    dialog[open] { animation: none; }
  }
  .frame { display: flex; flex-direction: column; gap: 8px; }
  .toolbar { display: flex; justify-content: flex-end; }
  .close {
    display: inline-grid;
    place-items: center;
    width: 36px;
    height: 36px;
    padding: 0;
    border: 1px solid var(--_ch-border);
    border-radius: 999px;
    background: var(--_ch-bg);
    color: var(--_ch-text);
    box-shadow: var(--_ch-shadow);
  }
  .close:hover { background: var(--_ch-surface); }
  .close svg { width: 18px; height: 18px; }
  connect-hub {
    --connect-hub-max-height: var(--connect-hub-dialog-max-height, min(680px, calc(100dvh - 80px)));
    --connect-hub-min-height: var(--connect-hub-dialog-min-height, min(460px, calc(100dvh - 80px)));
  }
`;
