import { Hono, type Context } from 'hono';
import {
  WEBHOOK_DELIVERY_STATUSES,
  WebhookEndpointCreate,
  WebhookEndpointUpdate,
  WebhookRedeliveryRequest,
  WebhookSecretRotate,
  type WebhookDeliveryStatus,
} from '../../contract/webhook-endpoints.js';
import { ApiError } from '../errors.js';
import { requireApiKey } from '../http/auth.js';
import type { AppEnv } from '../http/env.js';
import { readJsonBody } from '../http/json-body.js';
import { listParam, positiveIntegerParam } from '../http/query-params.js';
import { parseInput } from '../http/validation.js';
import type { ProjectService } from '../services/projects.js';
import type { WebhookEndpointService } from '../webhooks/endpoints.js';

export const DELIVERY_PAGE_SIZE = 50;
export const MAX_DELIVERY_PAGE_SIZE = 100;

function statusFilter(c: Context): WebhookDeliveryStatus[] | undefined {
  const values = listParam(c, 'status') ?? [];
  for (const value of values) {
    if (!(WEBHOOK_DELIVERY_STATUSES as readonly string[]).includes(value)) {
      throw new ApiError('validation_failed', `status: "${value}" is not one of ${WEBHOOK_DELIVERY_STATUSES.join(', ')}`, { field: 'status' });
    }
  }
  return values.length ? (values as WebhookDeliveryStatus[]) : undefined;
}

/** `/webhooks`: the project's endpoints and their delivery log, API key auth like the Accounts API. */
export function webhookRoutes(endpoints: WebhookEndpointService, projects: ProjectService, bodyLimitBytes: number) {
  const optionalBody = async (c: Context): Promise<unknown> =>
    c.req.header('content-type') || Number(c.req.header('content-length') ?? 0) > 0 ? readJsonBody(c, bodyLimitBytes) : {};

  return new Hono<AppEnv>()
    .use('*', requireApiKey(projects))
    .post('/', async (c) => {
      const input = parseInput(WebhookEndpointCreate, await readJsonBody(c, bodyLimitBytes));
      return c.json(await endpoints.create(c.get('project'), input), 201);
    })
    .get('/', async (c) => c.json(await endpoints.list(c.get('project'))))
    .post('/deliveries/redeliver', async (c) => {
      const input = parseInput(WebhookRedeliveryRequest, await optionalBody(c));
      return c.json(await endpoints.redeliver(c.get('project'), input), 202);
    })
    .post('/deliveries/:deliveryId/retry', async (c) => c.json(await endpoints.retryDelivery(c.get('project'), c.req.param('deliveryId')), 202))
    .get('/:id', async (c) => c.json(await endpoints.get(c.get('project'), c.req.param('id'))))
    .patch('/:id', async (c) => {
      const patch = parseInput(WebhookEndpointUpdate, await readJsonBody(c, bodyLimitBytes));
      return c.json(await endpoints.update(c.get('project'), c.req.param('id'), patch));
    })
    .delete('/:id', async (c) => c.json(await endpoints.delete(c.get('project'), c.req.param('id'))))
    .post('/:id/rotate', async (c) => {
      const { overlap_seconds } = parseInput(WebhookSecretRotate, await optionalBody(c));
      return c.json(await endpoints.rotateSecret(c.get('project'), c.req.param('id'), overlap_seconds));
    })
    .get('/:id/deliveries', async (c) => {
      const page = positiveIntegerParam(c, 'page', 1);
      const pageSize = positiveIntegerParam(c, 'page_size', DELIVERY_PAGE_SIZE, MAX_DELIVERY_PAGE_SIZE);
      const result = await endpoints.deliveries(c.get('project'), c.req.param('id'), { statuses: statusFilter(c), page, pageSize });
      if (result.hasMore) c.header('x-next-page', String(page + 1));
      return c.json(result.deliveries);
    });
}
