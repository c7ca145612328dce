import type { Funnel } from '../../contract/analytics.js';

const STEPS = ['created', 'opened', 'selected', 'submitted', 'connected', 'failed'] as const;

/** One CSV field: quoted when it holds a comma, quote or line break; a leading = + - @ is defused for spreadsheets. */
function field(value: string | number | null): string {
  if (value === null) return '';
  let text = String(value);
  if (/^[=+\-@]/.test(text) && typeof value === 'string') text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The funnel as one CSV: a row for the whole range, one per connector, then one per day. Columns: the six step
 * counts, opened → connected, and the failure reasons (`code:sessions` joined by `;`).
 */
export function funnelCsv(funnel: Funnel, name: (provider: string) => string): string {
  const reasons = (list: Funnel['failures']) => list.map((failure) => `${failure.reason}:${failure.sessions}`).join(';');
  const rows: (string | number | null)[][] = [
    ['scope', 'provider', 'name', ...STEPS, 'opened_to_connected', 'failure_reasons', 'from', 'to'],
    ['all', '', '', ...STEPS.map((step) => funnel.steps[step]), funnel.conversion.opened_to_connected, reasons(funnel.failures), funnel.from, funnel.to],
    ...funnel.connectors.map((row) => ['connector', row.provider, name(row.provider), ...STEPS.map((step) => row.steps[step]), row.conversion.opened_to_connected, reasons(row.failures), funnel.from, funnel.to]),
    [],
    ['day (UTC)', 'created', 'connected'],
    ...funnel.days.map((day) => [day.date, day.created, day.connected]),
  ];
  return `${rows.map((row) => row.map(field).join(',')).join('\r\n')}\r\n`;
}
