import { css } from 'lit';

export const authLinkStyles = css`
  .layout { display: flex; flex-wrap: wrap; gap: 20px 28px; align-items: start; }
  .main { flex: 1 1 320px; min-width: 0; display: grid; gap: 14px; }
  .copy-row { display: flex; gap: 8px; }
  .copy-row .input { flex: 1; }
  .copy { min-width: 104px; }
  .mono-input { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 0.9em; }
  .expiry { display: flex; flex-wrap: wrap; gap: 4px 10px; }
  .expiry time { font-weight: 600; }
  .qr { flex: none; margin: 0; padding: 10px; border: 1px solid var(--_ch-border); border-radius: var(--_ch-radius); background: #fff; }
  @media (max-width: 480px) {
    .copy-row { flex-direction: column; }
    .qr { margin-inline: auto; }
  }
`;
