import { fieldLabel } from '../strings/field-label.js';
import type { HubStrings } from '../strings/en.js';

/** A failure as the server or the OAuth wait reported it (the form's `SubmitFailure`). */
export interface FailureInput {
  code?: string;
  /** The server's own words: for developers, shown only behind "Details". */
  message: string;
  providerResponse?: string;
  field?: string;
  retryAfterSeconds?: number;
}

export interface FailureField {
  key: string;
  label: string;
  secret: boolean;
  visible: boolean;
}

export interface FailureContext {
  /** The connector's display name; absent before one is chosen. */
  provider?: string;
  fields?: readonly FailureField[];
  /** Who can finish the set-up (the session's project name). */
  projectName?: string;
}

export interface ShownFailure {
  /** Plain words for the end user. */
  message: string;
  /** The field to mark invalid and focus. */
  field?: string;
  /** Technical words behind the "Details" disclosure. */
  details?: string;
}

/** Codes whose message is already the hub's own plain words (the OAuth wait writes them from the catalogs). */
const OWN_WORDS = new Set(['access_denied', 'oauth_timeout', 'oauth_expired', 'oauth_start_failed', 'oauth_popup_blocked']);

/** "in 2 minutes" / "dans 2 minutes" / "in 2 Minuten", from a Retry-After in seconds. */
export function waitInWords(seconds: number, lang: string): string {
  const format = new Intl.RelativeTimeFormat(lang, { numeric: 'always' });
  if (seconds < 90) return format.format(Math.max(1, Math.round(seconds)), 'second');
  if (seconds < 90 * 60) return format.format(Math.round(seconds / 60), 'minute');
  return format.format(Math.round(seconds / 3600), 'hour');
}

/** What the end user reads for a failure: chosen by its code, never by parsing its message. */
export function describeFailure(failure: FailureInput, context: FailureContext, s: HubStrings): ShownFailure {
  const provider = context.provider ?? '';
  const visible = (context.fields ?? []).filter((field) => field.visible);
  const blamed = visible.find((field) => field.key === failure.field);
  const technical = [failure.code, failure.message].filter(Boolean).join(': ');
  const details = failure.providerResponse && failure.providerResponse !== failure.code ? failure.providerResponse : undefined;
  switch (failure.code) {
    case 'provider_rejected': {
      const field = blamed ?? visible.find((f) => f.secret);
      return {
        message: field ? s.credentialsRejected(provider, fieldLabel(s, field.label)) : s.credentialsRejectedNoField(provider),
        field: field?.key,
        details: details ?? technical,
      };
    }
    case 'validation_failed':
    case 'invalid_field':
      return blamed
        ? { message: s.fieldRejected(fieldLabel(s, blamed.label)), field: blamed.key, details: technical }
        : { message: s.errorFallback, details: technical };
    case 'provider_unreachable':
    case 'provider_timeout':
    case 'provider_unavailable':
      return { message: provider ? s.providerUnreachable(provider) : s.errorFallback, details: details ?? technical };
    case 'network_error':
      return { message: s.networkError, details: technical };
    case 'rate_limited':
      return {
        message: failure.retryAfterSeconds !== undefined ? s.rateLimited(waitInWords(failure.retryAfterSeconds, s.lang)) : s.rateLimitedSoon,
        details: technical,
      };
    case 'session_expired':
    case 'token_expired':
      return { message: s.linkExpiredMessage };
    case 'oauth_client_missing':
      return { message: context.projectName ? s.notSetUp(context.projectName) : s.notSetUpNoProject };
    default:
      if (failure.code && OWN_WORDS.has(failure.code)) return { message: failure.message || s.errorFallback, details };
      return { message: s.errorFallback, details: details ?? (technical || undefined) };
  }
}
