import * as z from 'zod/mini';
import { Category } from './categories.js';
import { Metadata, SHORT_TEXT, TOKEN_TEXT } from './limits.js';
import { LOCALES, matchLocale } from './locales.js';

/** A supported locale; a regional variant (`fr-CA`, `zh-CN`) is accepted and stored as the locale it maps to. */
const SessionLocale = z.pipe(
  z.string().check(
    z.maxLength(35),
    z.refine((value) => matchLocale(value) !== undefined, `locale must be one of ${LOCALES.join(', ')} (or a regional variant of one)`),
  ),
  z.transform((value) => matchLocale(value) ?? 'en'),
);

const NonEmpty = z.string().check(z.trim(), z.minLength(1), z.maxLength(255));
const Id = z.string().check(z.minLength(1), z.maxLength(255));

export const ACCOUNT_TYPES = ['production', 'test'] as const;

/** `POST /connect_sessions` body (CONTRACT.md §8.2). Unknown keys are ignored. */
export const ConnectSessionCreate = z.object({
  origin_owner_id: NonEmpty,
  origin_owner_name: NonEmpty,
  origin_username: z.optional(z.nullable(z.string().check(z.maxLength(255)))),
  provider: z.optional(z.nullable(Id)),
  categories: z.optional(z.nullable(z.array(Category))),
  account_id: z.optional(z.nullable(Id)),
  expires_in: z.optional(
    z.nullable(z.number().check(z.int(), z.positive('expires_in must be a positive number of seconds'))),
  ),
  metadata: z.optional(z.nullable(Metadata)),
  multiple: z.optional(z.nullable(z.boolean())),
  label: z.optional(z.nullable(z.string().check(z.maxLength(255)))),
  type: z.optional(z.nullable(z.enum(ACCOUNT_TYPES))),
  connector_profile_id: z.optional(z.nullable(Id)),
  integration_id: z.optional(z.nullable(Id)),
  provider_version: z.optional(z.nullable(z.string().check(z.maxLength(SHORT_TEXT)))),
  shared: z.optional(z.nullable(z.boolean())),
  relink: z.optional(z.nullable(z.boolean())),
  scopes: z.optional(z.nullable(z.unknown())),
  /** Ours: the language of the hub and the auth-link page for this session; unset: the browser's. */
  locale: z.optional(z.nullable(SessionLocale)),
  /** Ours: once expired, the link's page may issue a fresh session itself, up to the project's `max_link_renewals` times. */
  renewable: z.optional(z.nullable(z.boolean())),
});
export type ConnectSessionCreate = z.infer<typeof ConnectSessionCreate>;

const sessionFields = {
  id: z.number(),
  organization_id: z.string(),
  project_id: z.string(),
  origin_owner_id: z.string(),
  origin_owner_name: z.string(),
  origin_username: z.optional(z.nullable(z.string())),
  provider: z.optional(z.nullable(z.string())),
  categories: z.optional(z.nullable(z.array(z.string()))),
  account_id: z.optional(z.nullable(z.string())),
  label: z.optional(z.nullable(z.string())),
  metadata: z.optional(z.nullable(z.record(z.string(), z.unknown()))),
  multiple: z.optional(z.boolean()),
  type: z.optional(z.nullable(z.string())),
  external_trigger_token: z.optional(z.string()),
  connector_profile_id: z.optional(z.nullable(z.string())),
  /** Ours: the session's language (`POST /connect_sessions` `locale`), null when the browser's is used. */
  locale: z.optional(z.nullable(z.string())),
  /** Ours: the expired link may renew itself (`POST /connect_sessions` `renewable`). */
  renewable: z.optional(z.boolean()),
  created_at: z.string(),
  /** Ours: when the token stops working. */
  expires_at: z.string(),
};

/** `POST /connect_sessions/authenticate` and `GET /connect_sessions/{id}`. */
export const ConnectSession = z.object(sessionFields);
export type ConnectSession = z.infer<typeof ConnectSession>;

/** `POST /connect_sessions` → 201. */
export const ConnectSessionTokenAuthLink = z.object({
  ...sessionFields,
  token: z.string(),
  auth_link_url: z.string(),
});
export type ConnectSessionTokenAuthLink = z.infer<typeof ConnectSessionTokenAuthLink>;

export const ConnectSessionAuthenticate = z.object({ token: z.string().check(z.minLength(1), z.maxLength(TOKEN_TEXT)) });
