import Database from 'better-sqlite3';
import { join } from 'node:path';

/**
 * Sets the project's allowed origins in the e2e server's SQLite file. There is no API for it yet
 * (issue 2 left project settings to the dashboard), so the test writes the one column it needs;
 * the running server reads the project on every request.
 */
export function setAllowedOrigins(origins: readonly string[]): void {
  const dataDir = process.env.CONNECT_HUB_E2E_DATA_DIR;
  if (!dataDir) throw new Error('CONNECT_HUB_E2E_DATA_DIR is not set: run the e2e tests through playwright.config.ts');
  const db = new Database(join(dataDir, 'connect-hub.sqlite'));
  try {
    db.pragma('busy_timeout = 5000');
    const result = db.prepare('UPDATE projects SET allowed_origins = ?').run(JSON.stringify(origins));
    if (result.changes === 0) throw new Error('no project in the e2e database');
  } finally {
    db.close();
  }
}
