import type { ProjectRow } from '../db/schema.js';
import type { HubSession } from '../services/connect-sessions.js';

/** Per-request values set by the auth middlewares. */
export interface AppEnv {
  Variables: {
    project: ProjectRow;
    hub: HubSession;
  };
}
