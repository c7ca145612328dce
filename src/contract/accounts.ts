import * as z from 'zod/mini';
import { ACCOUNT_STATUSES } from './account-statuses.js';
import { ACCOUNT_TYPES } from './connect-sessions.js';
import { Credentials } from './hub.js';
import { Metadata, SHORT_TEXT } from './limits.js';

export * from './account-statuses.js';

/** The public Accounts API shape (CONTRACT.md §8.4). Secrets never appear here. */
export const LinkedAccount = z.object({
  id: z.string(),
  provider: z.string(),
  provider_name: z.optional(z.string()),
  integration_id: z.optional(z.string()),
  status: z.enum(ACCOUNT_STATUSES),
  status_reasons: z.optional(
    z.array(
      z.object({
        code: z.optional(z.string()),
        description: z.optional(z.string()),
        timestamp: z.string(),
      }),
    ),
  ),
  /** Ours: when the health check first found the credentials refused; null while they work. */
  first_failed_at: z.optional(z.nullable(z.string())),
  origin_owner_id: z.string(),
  origin_owner_name: z.string(),
  origin_username: z.optional(z.nullable(z.string())),
  label: z.optional(z.nullable(z.string())),
  type: z.optional(z.nullable(z.string())),
  categories: z.optional(z.array(z.string())),
  setup_information: z.optional(z.nullable(z.record(z.string(), z.string()))),
  metadata: z.optional(z.nullable(z.record(z.string(), z.unknown()))),
  created_at: z.string(),
  updated_at: z.string(),
});
export type LinkedAccount = z.infer<typeof LinkedAccount>;

export const LinkedAccountList = z.array(LinkedAccount);
export type LinkedAccountList = z.infer<typeof LinkedAccountList>;

/** `PATCH /accounts/{id}` body: every key optional. */
export const AccountPatch = z.object({
  provider: z.optional(z.string().check(z.maxLength(SHORT_TEXT))),
  origin_owner_id: z.optional(z.string().check(z.minLength(1), z.maxLength(255))),
  origin_owner_name: z.optional(z.string().check(z.minLength(1), z.maxLength(255))),
  origin_username: z.optional(z.nullable(z.string().check(z.maxLength(255)))),
  credentials: z.optional(Credentials),
  setup_information: z.optional(z.record(z.string(), z.string())),
  secrets: z.optional(Credentials),
  authentication_config_key: z.optional(z.string().check(z.maxLength(SHORT_TEXT))),
  environment: z.optional(z.string().check(z.maxLength(SHORT_TEXT))),
  label: z.optional(z.nullable(z.string().check(z.maxLength(255)))),
  metadata: z.optional(z.nullable(Metadata)),
  type: z.optional(z.enum(ACCOUNT_TYPES)),
  integration_id: z.optional(z.string().check(z.maxLength(SHORT_TEXT))),
  status: z.optional(z.enum(ACCOUNT_STATUSES)),
});
export type AccountPatch = z.infer<typeof AccountPatch>;

/** `GET /accounts/{id}/meta`. */
export const AccountMeta = z.object({
  provider: z.string(),
  category: z.string(),
  models: z.record(z.string(), z.unknown()),
});
