import { sql } from 'kysely';
import * as z from 'zod/mini';
import { STORAGE_FAILURE_WINDOW_MS, storageFailure, storageHealth, type Db } from '../db/database.js';
import { putSetting } from '../db/stores/server-settings.js';
import { ApiError } from '../errors.js';
import type { Logger } from '../deps.js';
import { DeclaredRoutes, named } from '../http/define-route.js';

const Health = z.object({ ok: z.literal(true) });

const PROBE_SETTING = 'readyz_probe';

/**
 * `GET /healthz`: the process answers (liveness). `GET /readyz`: it can also write to its database, the check a
 * load balancer in front of several servers should use. Ready means both:
 * - a write probe succeeds now (one upserted `server_settings` row: a read would pass on a full disk or a
 *   read-only standby), and
 * - no query of this server met a storage failure in the last STORAGE_FAILURE_WINDOW_MS. The probe alone is not
 *   enough: on a full disk SQLite still fits a one-row write into WAL pages it reuses while bigger writes fail,
 *   so the failures real requests met keep the server "not ready" for that window after the last one.
 * Storage failures are named (their messages are fixed texts); any other reason stays in the log: the endpoint
 * is public and a driver's message may name internal hosts.
 */
export function healthRoutes(db: Db, logger: Logger) {
  return new DeclaredRoutes({ security: 'none' })
    .get(
      '/healthz',
      {
        operationId: 'getLiveness',
        summary: 'Liveness: the process answers',
        tag: 'Operations',
        responses: { 200: { description: 'The process answers', body: named({ Health }) } },
        storage: false,
      },
      (c) => c.json({ ok: true }),
    )
    .get(
      '/readyz',
      {
        operationId: 'getReadiness',
        summary: 'Readiness: the process answers and can write to its database',
        tag: 'Operations',
        responses: { 200: { description: 'Ready', body: named({ Health }) } },
        errors: { 503: `Not ready: \`code\` is \`storage_unavailable\` when storage failed (now or in the last ${STORAGE_FAILURE_WINDOW_MS / 1000} s), else \`unavailable\`` },
      },
      async (c) => {
        try {
          // A read first: it names the table when the database (or this server's schema) is gone.
          await sql`select 1 from projects limit 1`.execute(db);
          const now = new Date().toISOString();
          await putSetting(db, PROBE_SETTING, now, now);
        } catch (error) {
          const storage = storageFailure(error);
          logger.error(`readyz: the database does not answer: ${storage ?? (error instanceof Error ? error.message : String(error))}`);
          throw new ApiError(storage ? 'storage_unavailable' : 'unavailable', `Not ready: ${storage ?? 'the database does not answer (the server log says why)'}`);
        }
        const recent = storageHealth(db)?.recentFailure();
        if (recent) {
          throw new ApiError('storage_unavailable', `Not ready: ${recent} (seen in the last ${STORAGE_FAILURE_WINDOW_MS / 1000} s)`);
        }
        return c.json({ ok: true });
      },
    ).app;
}
