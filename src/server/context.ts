import type { ConnectSessionRow, ProjectRow } from './db/schema.js';

// What a request runs as, shared by the HTTP layer (which sets it) and the services (which take it), so
// neither imports the other for it.

/** A live session and its project: what every `/hub/*` call runs as. */
export interface HubSession {
  session: ConnectSessionRow;
  project: ProjectRow;
}
