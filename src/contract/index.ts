/** The wire contract: the only place a request or response shape is defined (DESIGN.md). */
export * from './errors.js';
export * from './categories.js';
export * from './fields.js';
export * from './hub.js';
export * from './connect-sessions.js';
export * from './accounts.js';
export * from './webhooks.js';
export * from './webhook-endpoints.js';
export * from './links.js';
export * from './project.js';
export * from './oauth.js';
export * from './wire.js';
