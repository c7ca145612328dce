import { UsageError } from './errors.js';

const UNIT_SECONDS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86_400, w: 604_800 };

/** `3600`, `90m`, `12h`, `30d`, `2w` → seconds; throws a one-line reason otherwise. */
export function parseDuration(text: string): number {
  const match = /^(\d+)\s*([smhdw]?)$/i.exec(text.trim());
  if (!match) throw new UsageError(`"${text}" is not a duration: use seconds or a number with s, m, h, d or w (e.g. 30d)`);
  const seconds = Number(match[1]) * UNIT_SECONDS[(match[2] || 's').toLowerCase()];
  if (!Number.isSafeInteger(seconds) || seconds <= 0) throw new UsageError(`"${text}" must be a positive duration`);
  return seconds;
}

export function formatDate(iso: string): string {
  return new Date(iso).toISOString().replace('T', ' ').replace(/\.\d+Z$/, ' UTC');
}
