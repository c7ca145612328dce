import { LitElement, css, html, nothing } from 'lit';
import qrcode from 'qrcode-generator';

/** Modules of white border the QR spec asks for around the symbol. */
const QUIET_ZONE = 4;

/** One SVG path of every dark module: `M x y h1 v1 h-1 z` per module, merged along rows. */
export function qrPath(value: string): { size: number; d: string } {
  const code = qrcode(0, 'M');
  code.addData(value);
  code.make();
  const count = code.getModuleCount();
  let d = '';
  for (let row = 0; row < count; row++) {
    for (let col = 0; col < count; ) {
      if (!code.isDark(row, col)) {
        col++;
        continue;
      }
      let run = 1;
      while (col + run < count && code.isDark(row, col + run)) run++;
      d += `M${col + QUIET_ZONE} ${row + QUIET_ZONE}h${run}v1h-${run}z`;
      col += run;
    }
  }
  return { size: count + QUIET_ZONE * 2, d };
}

/**
 * `<dashboard-qr-code value="…" label="…">`: the value as a QR code, an SVG image. Always dark on white,
 * in the dark theme too, so phone cameras read it.
 */
export class QrCodeElement extends LitElement {
  static override styles = css`
    :host { display: inline-block; width: 184px; max-width: 100%; }
    svg { display: block; width: 100%; height: auto; border-radius: 8px; }
  `;
  static override properties = { value: {}, label: {} };

  value = '';
  label = 'QR code';

  override render() {
    if (!this.value) return nothing;
    const { size, d } = qrPath(this.value);
    return html`<svg role="img" aria-label=${this.label} viewBox="0 0 ${size} ${size}" shape-rendering="crispEdges" xmlns="http://www.w3.org/2000/svg">
      <rect width=${size} height=${size} fill="#fff"></rect>
      <path d=${d} fill="#000"></path>
    </svg>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dashboard-qr-code': QrCodeElement;
  }
}
