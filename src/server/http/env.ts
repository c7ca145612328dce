import type { ProjectRow } from '../db/schema.js';
import type { HubSession } from '../context.js';
import type { RateLimits } from './rate-limit/limits.js';

/** Per-request values set by the auth middlewares. */
export interface AppEnv {
  Variables: {
    project: ProjectRow;
    hub: HubSession;
    /** `POST /hub/renewal` only: the session of a known token, expired or not (http/auth.ts). */
    renewal: HubSession & { expired: boolean };
    /** Set for every request by `createApp` (brute-force limits, issue 11 §4). */
    rateLimits: RateLimits;
  };
}
