import { createHmac, timingSafeEqual } from 'node:crypto';
import { Hono } from 'hono';
import { Webhook } from 'standardwebhooks';
import * as z from 'zod/mini';
import { WEBHOOK_EVENTS, type WebhookEvent } from '../../contract/webhooks.js';
import { WEBHOOK_HEADERS } from '../../contract/wire.js';
import type { ProjectRow } from '../db/schema.js';
import { ApiError } from '../errors.js';
import type { AppEnv } from '../http/env.js';
import { readJsonBody } from '../http/json-body.js';
import { parseInput } from '../http/validation.js';
import type { Services } from '../services/index.js';
import type { WebhookEndpointService } from '../webhooks/endpoints.js';

/*
 * The demo's pretend host backend ("Acme Payroll"), mounted at /demo/api. It does what a real host's
 * backend does: it holds the connect API's power server-side (here: the default project's services, so no
 * API key ever reaches the browser), mints connect sessions for its signed-in customer, and receives the
 * signed webhooks. Its request shapes belong to this pretend host, not to the connect contract.
 */

const DEMO_CUSTOMER = { origin_owner_id: 'globex-corp', origin_owner_name: 'Globex Corporation', origin_username: 'hr-admin@globex.test' };
const AUTH_LINK_SECONDS = 30 * 86_400;
const RECEIVED_LIMIT = 50;
const RECEIVER_DESCRIPTION = 'Connect Hub demo receiver (/demo)';

const OwnerText = z.string().check(z.trim(), z.minLength(1, 'required'), z.maxLength(200));

/** `POST /demo/api/session`: `link: true` asks for a 30-day auth link for any customer instead of an embed session. */
const DemoSessionRequest = z.object({
  origin_owner_id: z.optional(OwnerText),
  origin_owner_name: z.optional(OwnerText),
  origin_username: z.optional(z.string().check(z.trim(), z.maxLength(200))),
  link: z.optional(z.boolean()),
});

/** What the receiver keeps of each verified delivery, for the page's live list. */
export interface ReceivedWebhook {
  /** The `webhook-id` header: the same on every retry of one delivery. */
  id: string;
  event: WebhookEvent;
  account_id: string;
  provider: string;
  origin_owner_id?: string;
  origin_owner_name?: string;
  received_at: string;
  /** Both signatures checked: Standard Webhooks and `x-stackone-signature`. */
  verified: { standard_webhooks: boolean; stackone: boolean };
}

const ReceivedPayload = z.object({
  event: z.enum(WEBHOOK_EVENTS),
  account_id: z.string(),
  provider: z.string(),
  origin_owner_id: z.optional(z.string()),
  origin_owner_name: z.optional(z.string()),
});

export interface DemoDeps {
  services: Services;
  endpoints: WebhookEndpointService;
  /** Where this server reaches itself: the webhook dispatcher posts to the receiver there. */
  selfUrl: string;
  clock: () => Date;
  bodyLimitBytes: number;
}

function stackOneSignatureMatches(secret: string, body: string, header: string | undefined): boolean {
  if (!header) return false;
  const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64');
  const expected = Buffer.from(createHmac('sha256', key).update(body, 'utf8').digest('base64url'));
  const given = Buffer.from(header);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

export function demoRoutes(deps: DemoDeps) {
  const { services, endpoints, clock, bodyLimitBytes } = deps;
  const receiverUrl = `${deps.selfUrl}/demo/api/webhook-receiver`;
  const received: ReceivedWebhook[] = [];
  /** The receiver's signing secret, learned when the demo registers its endpoint (kept in memory only). */
  let receiver: Promise<{ id: string; secret: string }> | undefined;

  const defaultProject = async (): Promise<ProjectRow> => (await services.projects.ensureDefaultProject(undefined)).project;

  /**
   * Registers the receiver once per process through the webhooks service. After a restart the endpoint
   * exists but its secret is not shown again, so it is rotated (no overlap) to learn a fresh one.
   */
  const ensureReceiver = (): Promise<{ id: string; secret: string }> =>
    (receiver ??= (async () => {
      const project = await defaultProject();
      const existing = (await endpoints.list(project)).find((endpoint) => endpoint.url === receiverUrl);
      if (!existing) {
        const created = await endpoints.create(project, { url: receiverUrl, events: [...WEBHOOK_EVENTS], description: RECEIVER_DESCRIPTION });
        return { id: created.id, secret: created.secret };
      }
      if (!existing.enabled) await endpoints.update(project, existing.id, { enabled: true });
      const rotated = await endpoints.rotateSecret(project, existing.id, 0);
      return { id: rotated.id, secret: rotated.secret };
    })().catch((error: unknown) => {
      receiver = undefined;
      throw error;
    }));

  return new Hono<AppEnv>()
    .post('/start', async (c) => {
      const project = await defaultProject();
      const endpoint = await ensureReceiver();
      return c.json({
        project_name: project.name,
        customer: DEMO_CUSTOMER,
        receiver: { endpoint_id: endpoint.id, url: receiverUrl, events: WEBHOOK_EVENTS },
      });
    })
    .post('/session', async (c) => {
      const hasBody = Number(c.req.header('content-length') ?? 0) > 0 || (c.req.header('content-type') ?? '').includes('json');
      const input = parseInput(DemoSessionRequest, hasBody ? await readJsonBody(c, bodyLimitBytes) : {});
      const project = await defaultProject();
      const session = await services.sessions.create(project, {
        origin_owner_id: input.origin_owner_id ?? DEMO_CUSTOMER.origin_owner_id,
        origin_owner_name: input.origin_owner_name ?? DEMO_CUSTOMER.origin_owner_name,
        origin_username: input.origin_username || (input.origin_owner_id ? undefined : DEMO_CUSTOMER.origin_username),
        // Every link makes a new account in the demo, so each one announces account.created.
        multiple: true,
        ...(input.link ? { expires_in: AUTH_LINK_SECONDS } : {}),
      });
      // Only what the browser needs: never the API key, never the session's internals.
      return c.json({ token: session.token, auth_link_url: session.auth_link_url, expires_at: session.expires_at }, 201);
    })
    .post('/webhook-receiver', async (c) => {
      const { secret } = await ensureReceiver();
      const body = await c.req.text();
      if (body.length > bodyLimitBytes) throw new ApiError('payload_too_large', `Webhook body is larger than ${bodyLimitBytes} bytes`);
      const headers = {
        [WEBHOOK_HEADERS.id]: c.req.header(WEBHOOK_HEADERS.id) ?? '',
        [WEBHOOK_HEADERS.timestamp]: c.req.header(WEBHOOK_HEADERS.timestamp) ?? '',
        [WEBHOOK_HEADERS.signature]: c.req.header(WEBHOOK_HEADERS.signature) ?? '',
      };
      let payload: unknown;
      try {
        payload = new Webhook(secret).verify(body, headers);
      } catch {
        throw new ApiError('unauthorized', 'Webhook signature does not verify');
      }
      const stackone = stackOneSignatureMatches(secret, body, c.req.header(WEBHOOK_HEADERS.stackOneSignature));
      const parsed = ReceivedPayload.safeParse(payload);
      if (!parsed.success) throw new ApiError('validation_failed', 'Webhook payload is not an account event');
      // At-least-once delivery: a retry carries the same webhook-id, so it replaces nothing and adds nothing.
      if (!received.some((entry) => entry.id === headers[WEBHOOK_HEADERS.id])) {
        received.unshift({
          id: headers[WEBHOOK_HEADERS.id],
          ...parsed.data,
          received_at: clock().toISOString(),
          verified: { standard_webhooks: true, stackone },
        });
        received.length = Math.min(received.length, RECEIVED_LIMIT);
      }
      return c.json({ ok: true });
    })
    .get('/received', (c) => {
      c.header('cache-control', 'no-store');
      return c.json({ webhooks: received });
    });
}
