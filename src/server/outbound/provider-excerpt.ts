/** How much of a provider's own words reaches the end user. */
export const EXCERPT_LIMIT = 300;

const MESSAGE_KEYS = ['error_description', 'message', 'errorSummary', 'error_message', 'detail', 'title', 'description'];
const CODE_KEYS = ['error', 'code', 'errorCode', 'error_code', 'type'];

function firstText(value: Record<string, unknown>, keys: string[]): string | undefined {
  for (const key of keys) {
    const found = value[key];
    if (typeof found === 'string' && found.trim() !== '') return found;
    if (typeof found === 'number') return String(found);
  }
  return undefined;
}

/** The object an error answer keeps its code and message in: the body, `error: {…}` or `errors: [{…}]`. */
function errorObject(body: unknown): Record<string, unknown> | undefined {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return undefined;
  const record = body as Record<string, unknown>;
  const nested = record.error;
  if (nested !== null && typeof nested === 'object' && !Array.isArray(nested)) return nested as Record<string, unknown>;
  const list = record.errors;
  if (Array.isArray(list) && list[0] !== null && typeof list[0] === 'object') return { ...record, ...(list[0] as Record<string, unknown>) };
  return record;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * The ways a provider may quote a secret back: as sent, JSON-escaped, URL- or form-encoded, base64, and
 * (for a value with line breaks or other control characters) each longer piece between them.
 */
function secretForms(secret: string): string[] {
  const forms = [secret, JSON.stringify(secret).slice(1, -1), encodeURIComponent(secret), new URLSearchParams({ s: secret }).toString().slice(2), Buffer.from(secret).toString('base64')];
  // eslint-disable-next-line no-control-regex
  forms.push(...secret.split(/[\u0000-\u001f\u007f]+/).filter((piece) => piece.length >= 6));
  return [...new Set(forms)].filter((form) => form.length >= 4).sort((a, b) => b.length - a.length);
}

/** Replaces every form of every secret in a provider's answer, in case the provider echoes what it was sent. */
export function scrubSecrets(text: string, secrets: Iterable<string>): string {
  let scrubbed = text;
  for (const secret of secrets) for (const form of secretForms(secret)) scrubbed = scrubbed.split(form).join('[redacted]');
  return scrubbed;
}

/**
 * What an end user is told of a provider's answer: its status and, when the answer is JSON, the provider's
 * error code and message: never the raw body (an HTML page, a stack trace, another service's data).
 * Secret values the user sent are replaced in case the provider echoes them.
 */
export function providerExcerpt(status: number, text: string, secrets: readonly string[] = []): string {
  const found = errorObject(parseJson(text));
  const code = found && firstText(found, CODE_KEYS);
  const message = found && firstText(found, MESSAGE_KEYS);
  const words = [code, message && message !== code ? message : undefined].filter(Boolean).join(': ');
  let excerpt = scrubSecrets(words ? `HTTP ${status}: ${words}` : `HTTP ${status}`, secrets);
  // eslint-disable-next-line no-control-regex
  excerpt = excerpt.replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ').trim();
  return excerpt.length > EXCERPT_LIMIT ? `${excerpt.slice(0, EXCERPT_LIMIT - 1)}…` : excerpt;
}
