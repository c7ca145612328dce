import { isRedacted } from '../../contract/field-rules.js';
import type { FormField } from './connector-view.js';

export interface CredentialInput {
  fields: readonly FormField[];
  values: Readonly<Record<string, string>>;
  /** Secret fields whose saved value the user chose to replace. */
  editedSecrets: ReadonlySet<string>;
  /** Edit mode: the values the form opened with; unchanged ones are not sent (the server merges). */
  initial?: Readonly<Record<string, string>>;
}

/**
 * The E5/E6 `credentials` (CONTRACT.md §E4, §5): untouched redacted secrets are dropped, then every "".
 * In edit mode we also leave out values the user did not change, so a PATCH carries only real edits.
 */
export function buildCredentials({ fields, values, editedSecrets, initial }: CredentialInput): Record<string, string> {
  const credentials: Record<string, string> = {};
  for (const field of fields) {
    const value = values[field.key] ?? '';
    if (value === '') continue;
    if (field.secret && isRedacted(value) && !editedSecrets.has(field.key)) continue;
    if (initial && initial[field.key] === value) continue;
    credentials[field.key] = value;
  }
  return credentials;
}
