import type { ConnectorConfig, HubAccount, Integration } from '../../contract/hub-responses.js';
import { conforms } from '../../contract/json-schema/check.js';
import { FalconConnectorConfig } from '../../contract/json-schema/schemas.js';
import { FIELD_TYPES, isSecretField } from '../../contract/field-rules.js';
import type { Field, Notice } from '../../contract/fields.js';

export type FieldType = (typeof FIELD_TYPES)[number];

/** A field rule of CONTRACT.md §3.2; unrecognised validation objects become `undefined`. */
export interface FieldRule {
  kind: 'html-pattern' | 'domain';
  pattern: string;
  message?: string;
}

/** One form field, normalised from either connector shape. */
export interface FormField {
  key: string;
  label: string;
  /** `undefined` for a type we cannot draw: the field is still validated and submitted. */
  type: FieldType | undefined;
  required: boolean;
  secret: boolean;
  readOnly: boolean;
  visible: boolean;
  placeholder: string;
  defaultValue: string;
  options: { value: string; label: string }[];
  tooltip: string;
  description: string;
  rule: FieldRule | undefined;
}

export interface ConnectorGuide {
  supportLink?: string;
  description?: string;
}

/** What the form needs to know about a connector, whichever config shape the server sent. */
export interface ConnectorView {
  key: string;
  name: string;
  iconUrl?: string;
  fields: FormField[];
  notices: Notice[];
  guide: ConnectorGuide;
  isOAuth: boolean;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function toRule(validation: unknown): FieldRule | undefined {
  if (!isRecord(validation) || typeof validation.pattern !== 'string') return undefined;
  const message =
    typeof validation.error === 'string'
      ? validation.error
      : typeof validation.errorMessage === 'string'
        ? validation.errorMessage
        : undefined;
  if (validation.type === 'html-pattern' || validation.type === 'domain') {
    return { kind: validation.type, pattern: validation.pattern, message };
  }
  // The upstream draft form `{pattern, errorMessage}` carries no type: it is a plain pattern.
  if (validation.type === undefined && typeof validation.errorMessage === 'string') {
    return { kind: 'html-pattern', pattern: validation.pattern, message };
  }
  return undefined;
}

export function toFormField(field: Field): FormField {
  const type = (FIELD_TYPES as readonly string[]).includes(field.type ?? '') ? (field.type as FieldType) : undefined;
  return {
    key: field.key,
    label: field.label,
    type,
    required: field.required === true,
    secret: isSecretField(field),
    readOnly: field.readOnly === true,
    visible: field.display !== false,
    placeholder: field.placeholder ?? '',
    defaultValue: field.value === undefined || field.value === null ? '' : String(field.value),
    options: field.options ?? [],
    tooltip: field.guide?.tooltip ?? field.tooltip ?? '',
    description: field.guide?.description ?? field.description ?? '',
    rule: toRule(field.validation),
  };
}

/** §3 "OAuth-or-form decision": oauth2 with no `grantType` key, or with authorization_code. */
export function isOAuthConfig(auth: { type?: string; grantType?: string } | undefined): boolean {
  if (!auth || auth.type !== 'oauth2') return false;
  return !('grantType' in auth) || auth.grantType === undefined || auth.grantType === 'authorization_code';
}

/**
 * Both shapes of E3 into one view model. Shape A picks `authentication[K][Env]` (the account's key and
 * environment in edit mode when that block exists); shape B is flat. A missing block gives no fields.
 */
export function toConnectorView(
  config: ConnectorConfig,
  integration: Pick<Integration, 'authentication_config_key' | 'environment'>,
  account?: Pick<HubAccount, 'authConfigKey' | 'environment'> | null,
): ConnectorView {
  const base = { key: config.key, name: config.name, iconUrl: config.assets?.icon };
  // The contract's union tries shape B first: a config that is valid shape B is shape B.
  if (!conforms(FalconConnectorConfig, config)) {
    const accountKey = account?.authConfigKey;
    const useAccount = !!accountKey && accountKey in config.authentication;
    const configKey = useAccount ? accountKey : integration.authentication_config_key;
    const environment = useAccount ? (account?.environment ?? integration.environment) : integration.environment;
    const block = config.authentication[configKey]?.[environment];
    return {
      ...base,
      fields: (block?.fields ?? []).map(toFormField),
      notices: [],
      guide: { supportLink: block?.guide?.supportLink, description: block?.guide?.description },
      isOAuth: isOAuthConfig(block),
    };
  }
  return {
    ...base,
    fields: (config.configFields ?? []).map(toFormField),
    notices: config.configNotices ?? [],
    guide: {
      supportLink: config.support?.link ?? undefined,
      description: config.support?.description ?? undefined,
    },
    isOAuth: isOAuthConfig(config),
  };
}
