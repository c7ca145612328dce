/** JSON text columns: parse defensively, a corrupt cell reads as empty rather than crashing a request. */
export function parseJsonObject(text: string | null): Record<string, unknown> | null {
  if (text === null) return null;
  try {
    const value: unknown = JSON.parse(text);
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

export function parseStringRecord(text: string | null): Record<string, string> {
  const value = parseJsonObject(text) ?? {};
  return Object.fromEntries(Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
}

export function parseJsonArray(text: string | null): unknown[] | null {
  if (text === null) return null;
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) ? value : null;
  } catch {
    return null;
  }
}

export function parseStringArray(text: string | null): string[] | null {
  return parseJsonArray(text)?.filter((v): v is string => typeof v === 'string') ?? null;
}

export function jsonOrNull(value: unknown): string | null {
  return value === undefined || value === null ? null : JSON.stringify(value);
}
