import type { Context } from 'hono';
import {
  WEBHOOK_DELIVERY_STATUSES,
  WebhookDelivery,
  WebhookDeliveryList,
  WebhookEndpoint,
  WebhookEndpointCreate,
  WebhookEndpointList,
  WebhookEndpointStatsList,
  WebhookEndpointUpdate,
  WebhookEndpointWithSecret,
  WebhookRedeliveryRequest,
  WebhookRedeliveryResult,
  WebhookSecretRotate,
  WebhookTestRequest,
} from '../../contract/webhook-endpoints.js';
import { AccountWebhookPayload, SessionWebhookPayload, WEBHOOK_EVENTS } from '../../contract/webhooks.js';
import { requireApiKey } from '../http/auth.js';
import { DeclaredRoutes, named, nextPageHeaders, sentWithTypeOrLength } from '../http/define-route.js';
import type { OutgoingWebhook } from '../http/openapi.js';
import { integerQuery, listQuery } from '../http/query-params.js';
import type { ProjectService } from '../services/projects.js';
import type { WebhookEndpointService } from '../webhooks/endpoints.js';
import { dateTimeQuery, idQuery, TOTAL_COUNT_HEADER } from './list-query.js';

export const DELIVERY_PAGE_SIZE = 50;
export const MAX_DELIVERY_PAGE_SIZE = 100;

const WEBHOOK_SIGNING = [
  'Each delivery is a POST with a JSON body (AccountWebhookPayload) and these headers:',
  '`webhook-id` (the delivery id, the same on every retry: deduplicate on it), `webhook-timestamp` (Unix seconds),',
  '`webhook-signature` (Standard Webhooks: `v1,<base64 HMAC-SHA256 of "<id>.<timestamp>.<body>">`, space-separated,',
  'one per live secret: two during a rotation overlap; verify with the `standardwebhooks` package and the `whsec_` secret),',
  'and `x-stackone-signature` = base64url(HMAC-SHA256(key, raw body bytes)) where key is the base64-decoded part of the',
  'current `whsec_` secret after the prefix (the same key bytes Standard Webhooks uses). Compare in constant time against the raw body.',
].join(' ');

/** What the dispatcher sends to every matching endpoint (the document's `webhooks` section). */
export const ACCOUNT_WEBHOOK: OutgoingWebhook = {
  name: 'account',
  operationId: 'receiveAccountEvent',
  summary: 'account.created / account.updated / account.deleted, sent to every matching enabled endpoint',
  description: WEBHOOK_SIGNING,
  tag: 'Webhooks',
  body: named({ AccountWebhookPayload }),
  responses: {
    '200': 'Any 2xx: delivered. 408, 429 and 5xx (and network errors, timeouts) are retried; any other status fails the delivery.',
  },
};

/** The session events (issue 17 §1), sent, signed and retried like the account events. */
export const SESSION_WEBHOOK: OutgoingWebhook = {
  ...ACCOUNT_WEBHOOK,
  name: 'connect_session',
  operationId: 'receiveConnectSessionEvent',
  summary: 'connect_session.renewal_requested (an expired link asked for a new one) / connect_session.renewed (a renewable link renewed itself)',
  description: WEBHOOK_SIGNING.replace('(AccountWebhookPayload)', '(SessionWebhookPayload)'),
  body: named({ SessionWebhookPayload }),
};

const ENDPOINT_ID = { id: 'Endpoint id' };
const NO_ENDPOINT = { 404: 'No such endpoint in this project' };

/** `/webhooks`: the project's endpoints and their delivery log, API key auth like the Accounts API. */
export function webhookRoutes(endpoints: WebhookEndpointService, projects: ProjectService, bodyLimitBytes: number) {
  const project = (c: Context) => c.get('project');
  return new DeclaredRoutes({ security: 'apiKey', guard: requireApiKey(projects), bodyLimitBytes })
    .post(
      '/',
      {
        operationId: 'createWebhookEndpoint',
        summary: 'Add a webhook endpoint (its signing secret is in this answer only)',
        description: WEBHOOK_SIGNING,
        tag: 'Webhooks',
        body: { schema: named({ WebhookEndpointCreate }) },
        responses: { 201: { description: 'The endpoint with its signing secret', body: named({ WebhookEndpointWithSecret }) } },
        errors: { 409: 'The project has the most endpoints it may have: delete one first' },
      },
      async (c, { body }) => c.json(await endpoints.create(project(c), body), 201),
    )
    .get(
      '/',
      {
        operationId: 'listWebhookEndpoints',
        summary: "List the project's webhook endpoints (no secrets)",
        tag: 'Webhooks',
        responses: { 200: { description: 'The endpoints', body: named({ WebhookEndpointList }) } },
      },
      async (c) => c.json(await endpoints.list(project(c))),
    )
    .get(
      '/deliveries',
      {
        operationId: 'listProjectWebhookDeliveries',
        summary: "The project's delivery log across its endpoints, newest first, filtered on the server (x-total-count, x-next-page)",
        tag: 'Webhooks',
        query: {
          page: integerQuery({ default: 1, description: '1-based page number' }),
          page_size: integerQuery({ default: DELIVERY_PAGE_SIZE, max: MAX_DELIVERY_PAGE_SIZE }),
          endpoint_id: idQuery({ description: 'Only this endpoint' }),
          status: listQuery({ description: 'Any of these statuses', values: WEBHOOK_DELIVERY_STATUSES }),
          event: listQuery({ description: 'Any of these event types', values: WEBHOOK_EVENTS }),
          account_id: idQuery({ description: 'Only deliveries about this account' }),
          from: dateTimeQuery({ description: 'Created at or after this time (inclusive)' }),
          to: dateTimeQuery({ description: 'Created at or before this time (inclusive)' }),
        },
        responses: {
          200: {
            description: 'One page of deliveries (a bare array)',
            body: named({ WebhookDeliveryList }),
            headers: { ...nextPageHeaders(false), ...TOTAL_COUNT_HEADER },
          },
        },
        errors: { 404: 'No such endpoint (endpoint_id) in this project' },
      },
      async (c, { query }) => {
        const result = await endpoints.log(project(c), {
          endpointId: query.endpoint_id,
          statuses: query.status,
          events: query.event,
          accountId: query.account_id,
          from: query.from,
          to: query.to,
          page: query.page,
          pageSize: query.page_size,
        });
        c.header('x-total-count', String(result.total));
        if (result.hasMore) c.header('x-next-page', String(query.page + 1));
        return c.json(result.deliveries);
      },
    )
    .get(
      '/stats',
      {
        operationId: 'getWebhookEndpointStats',
        summary: 'Per endpoint: how many deliveries, how many failed, and the newest (one query for the whole project)',
        tag: 'Webhooks',
        responses: { 200: { description: 'One row per endpoint with deliveries; an endpoint without any is left out', body: named({ WebhookEndpointStatsList }) } },
      },
      async (c) => c.json(await endpoints.stats(project(c))),
    )
    .post(
      '/deliveries/redeliver',
      {
        operationId: 'redeliverWebhookDeliveries',
        summary: 'Redeliver many at once: by endpoint, status (default failed) and creation time range; oldest first, at most limit (default 1000)',
        description: 'Same webhook-ids, a fresh retry schedule. Deliveries whose attempt is in flight are listed in in_flight and left alone (never sent twice). Unknown keys are refused. The body may be left out: every failed delivery.',
        tag: 'Webhooks',
        body: { schema: named({ WebhookRedeliveryRequest }), sent: sentWithTypeOrLength },
        responses: { 202: { description: 'What was re-queued and what was left alone', body: named({ WebhookRedeliveryResult }) } },
        errors: { 404: 'No such endpoint (endpoint_id) in this project', 409: 'The endpoint is disabled: enable it before redelivering' },
      },
      async (c, { body }) => c.json(await endpoints.redeliver(project(c), body), 202),
    )
    .post(
      '/deliveries/:id/retry',
      {
        operationId: 'retryWebhookDelivery',
        summary: 'Redeliver now (same webhook-id), with a fresh retry schedule; 409 while an attempt of it is in flight',
        tag: 'Webhooks',
        params: { id: 'Delivery id (the webhook-id header)' },
        responses: { 202: { description: 'The delivery, queued again', body: named({ WebhookDelivery }) } },
        errors: { 404: 'No such delivery in this project', 409: 'An attempt of this delivery is in flight, or its endpoint is disabled' },
      },
      async (c, { params }) => c.json(await endpoints.retryDelivery(project(c), params.id), 202),
    )
    .get(
      '/:id',
      {
        operationId: 'getWebhookEndpoint',
        summary: 'Get a webhook endpoint',
        tag: 'Webhooks',
        params: ENDPOINT_ID,
        responses: { 200: { description: 'The endpoint (no secret)', body: named({ WebhookEndpoint }) } },
        errors: NO_ENDPOINT,
      },
      async (c, { params }) => c.json(await endpoints.get(project(c), params.id)),
    )
    .patch(
      '/:id',
      {
        operationId: 'updateWebhookEndpoint',
        summary: 'Update a webhook endpoint; disabling it cancels its pending deliveries',
        tag: 'Webhooks',
        params: ENDPOINT_ID,
        body: { schema: named({ WebhookEndpointUpdate }) },
        responses: { 200: { description: 'The endpoint as updated', body: named({ WebhookEndpoint }) } },
        errors: NO_ENDPOINT,
      },
      async (c, { params, body }) => c.json(await endpoints.update(project(c), params.id, body)),
    )
    .delete(
      '/:id',
      {
        operationId: 'deleteWebhookEndpoint',
        summary: 'Delete a webhook endpoint and its delivery log (returns it)',
        tag: 'Webhooks',
        params: ENDPOINT_ID,
        responses: { 200: { description: 'The endpoint as it was', body: named({ WebhookEndpoint }) } },
        errors: NO_ENDPOINT,
      },
      async (c, { params }) => c.json(await endpoints.delete(project(c), params.id)),
    )
    .post(
      '/:id/rotate',
      {
        operationId: 'rotateWebhookSecret',
        summary: 'Rotate the signing secret; the old one keeps signing for overlap_seconds (default 86400)',
        description: WEBHOOK_SIGNING,
        tag: 'Webhooks',
        params: ENDPOINT_ID,
        body: { schema: named({ WebhookSecretRotate }), sent: sentWithTypeOrLength },
        responses: { 200: { description: 'The endpoint with its new signing secret', body: named({ WebhookEndpointWithSecret }) } },
        errors: NO_ENDPOINT,
      },
      async (c, { params, body }) => c.json(await endpoints.rotateSecret(project(c), params.id, body.overlap_seconds)),
    )
    .post(
      '/:id/test',
      {
        operationId: 'sendWebhookTest',
        summary: 'Queue a test delivery to this endpoint: the shape of event (default account.created) with made-up account fields (account_id test_account)',
        description: 'It goes out at once, signed, logged and retried like any other delivery; the answer is the delivery as queued. The body may be left out.',
        tag: 'Webhooks',
        params: ENDPOINT_ID,
        body: { schema: named({ WebhookTestRequest }), sent: sentWithTypeOrLength },
        responses: { 202: { description: 'The test delivery, queued', body: named({ WebhookDelivery }) } },
        errors: { ...NO_ENDPOINT, 409: 'The endpoint is disabled: enable it first' },
      },
      async (c, { params, body }) => c.json(await endpoints.sendTest(project(c), params.id, body.event ?? 'account.created'), 202),
    )
    .get(
      '/:id/deliveries',
      {
        operationId: 'listWebhookDeliveries',
        summary: 'Delivery log of an endpoint, newest first (more pages announced by x-next-page)',
        tag: 'Webhooks',
        params: ENDPOINT_ID,
        query: {
          page: integerQuery({ default: 1, description: '1-based page number' }),
          page_size: integerQuery({ default: DELIVERY_PAGE_SIZE, max: MAX_DELIVERY_PAGE_SIZE }),
          status: listQuery({ description: 'Any of these statuses', values: WEBHOOK_DELIVERY_STATUSES }),
        },
        responses: { 200: { description: 'One page of deliveries (a bare array)', body: named({ WebhookDeliveryList }), headers: nextPageHeaders(false) } },
        errors: NO_ENDPOINT,
      },
      async (c, { params, query }) => {
        const result = await endpoints.deliveries(project(c), params.id, { statuses: query.status, page: query.page, pageSize: query.page_size });
        if (result.hasMore) c.header('x-next-page', String(query.page + 1));
        return c.json(result.deliveries);
      },
    ).app;
}
