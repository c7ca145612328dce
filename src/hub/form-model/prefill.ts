import { EXTERNAL_TRIGGER_TOKEN_KEY } from '../../contract/field-rules.js';
import type { HubAccount } from '../../contract/hub-responses.js';
import type { FormField } from './connector-view.js';

export interface PrefillSources {
  externalTriggerToken?: string;
  /** Present in edit mode only. */
  account?: Pick<HubAccount, 'setupInformation' | 'secrets'> | null;
}

/** CONTRACT.md §3.4: the trigger token, then (editing) redacted secrets, then setup information or defaults. */
export function initialValues(fields: readonly FormField[], sources: PrefillSources): Record<string, string> {
  const values: Record<string, string> = {};
  const account = sources.account;
  for (const field of fields) {
    let value: string | undefined;
    if (field.key === EXTERNAL_TRIGGER_TOKEN_KEY) {
      value = sources.externalTriggerToken;
    } else if (account && field.secret) {
      value = account.secrets?.[field.key] || '';
    } else {
      value = account?.setupInformation?.[field.key] ?? field.defaultValue;
    }
    values[field.key] = value || field.defaultValue;
  }
  return values;
}
