import { Hono } from 'hono';
import { sql } from 'kysely';
import type { Db } from '../db/database.js';
import { ApiError } from '../http/api-error.js';
import type { Logger } from '../deps.js';

/**
 * `GET /healthz`: the process answers (liveness). `GET /readyz`: it can also reach its database, the check a
 * load balancer in front of several servers should use. The reason stays in the log: the endpoint is public
 * and the driver's message may name internal hosts.
 */
export function healthRoutes(db: Db, logger: Logger) {
  return new Hono()
    .get('/healthz', (c) => c.json({ ok: true }))
    .get('/readyz', async (c) => {
      try {
        await sql`select 1 from projects limit 1`.execute(db);
      } catch (error) {
        logger.error(`readyz: the database does not answer: ${error instanceof Error ? error.message : String(error)}`);
        throw new ApiError('unavailable', 'Not ready: the database does not answer (the server log says why)');
      }
      return c.json({ ok: true });
    });
}
