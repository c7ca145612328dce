/** Plain aligned columns; no colours, so piping to grep or a file stays clean. */
export function printTable(headers: string[], rows: string[][]): void {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd();
  console.log(line(headers.map((h) => h.toUpperCase())));
  for (const row of rows) console.log(line(row));
}
