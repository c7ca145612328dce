import * as z from 'zod/mini';

/** `GET /project` (API key): who the key belongs to; the dashboard checks a key with it at sign-in. */
export const ProjectSummary = z.object({
  id: z.string(),
  name: z.string(),
  organization_id: z.string(),
  /** Distinct categories of the project's enabled connectors, in catalog category order. */
  categories: z.array(z.string()),
  enabled_connector_count: z.number(),
  /** Origins allowed to embed the hub; the auth-link page posts its result only to these. */
  allowed_origins: z.array(z.string()),
  /** How many times a `renewable` link's chain may renew itself from its expired page (3 by default). */
  max_link_renewals: z.optional(z.number()),
});
export type ProjectSummary = z.infer<typeof ProjectSummary>;

export const CONNECTOR_AUTH_TYPES = ['api_key', 'basic', 'oauth2', 'custom'] as const;

/** One catalog connector as the project sees it. */
export const ProjectConnector = z.object({
  key: z.string(),
  name: z.string(),
  category: z.string(),
  auth_type: z.enum(CONNECTOR_AUTH_TYPES),
  logo_url: z.string(),
  enabled: z.boolean(),
  /** Talks to a pretend provider on this server: links offline. */
  sandbox: z.boolean(),
});
export type ProjectConnector = z.infer<typeof ProjectConnector>;

/** `GET /project/connectors`: the whole catalog with the project's enabled flags. */
export const ProjectConnectorList = z.object({ connectors: z.array(ProjectConnector) });
export type ProjectConnectorList = z.infer<typeof ProjectConnectorList>;

/** `PUT /project/connectors/{key}` body. */
export const ProjectConnectorUpdate = z.object({ enabled: z.boolean() });
export type ProjectConnectorUpdate = z.infer<typeof ProjectConnectorUpdate>;

/** An origin: `scheme://host[:port]`, nothing after it (postMessage targets must be exact). */
const Origin = z.string().check(
  z.regex(/^https?:\/\/[A-Za-z0-9.-]+(:\d{1,5})?$/, 'each origin is scheme://host[:port], with no path or trailing slash'),
);

/** `PATCH /project` body: every key optional. */
export const ProjectUpdate = z.object({
  name: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(100))),
  allowed_origins: z.optional(z.array(Origin).check(z.maxLength(50))),
  max_link_renewals: z.optional(z.number().check(z.int(), z.gte(0), z.lte(100))),
});
export type ProjectUpdate = z.infer<typeof ProjectUpdate>;
