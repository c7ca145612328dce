import type { APIRequestContext } from '@playwright/test';
import { createLocalJWKSet, jwtVerify, type JSONWebKeySet, type JWTPayload } from 'jose';
import type { ConnectSessionCreate, ConnectSessionTokenAuthLink } from '../../../src/contract/connect-sessions.js';
import type { LinkedAccount } from '../../../src/contract/accounts.js';
import { E2E_API_KEY, E2E_SERVER_URL } from './server-config.js';

const basicAuth = `Basic ${Buffer.from(`${E2E_API_KEY}:`).toString('base64')}`;

/** Host-backend calls to the public API, with the project's API key (HTTP Basic, key as username). */
export async function createSession(
  request: APIRequestContext,
  body: Partial<ConnectSessionCreate> & { origin_owner_id: string },
): Promise<ConnectSessionTokenAuthLink> {
  const response = await request.post(`${E2E_SERVER_URL}/connect_sessions`, {
    headers: { authorization: basicAuth },
    data: { origin_owner_name: `Owner ${body.origin_owner_id}`, ...body },
  });
  if (response.status() !== 201) {
    throw new Error(`POST /connect_sessions answered ${response.status()}: ${await response.text()}`);
  }
  return (await response.json()) as ConnectSessionTokenAuthLink;
}

export async function listAccounts(request: APIRequestContext, originOwnerId: string): Promise<LinkedAccount[]> {
  const response = await request.get(`${E2E_SERVER_URL}/accounts`, {
    headers: { authorization: basicAuth },
    params: { origin_owner_id: originOwnerId },
  });
  if (!response.ok()) throw new Error(`GET /accounts answered ${response.status()}: ${await response.text()}`);
  return (await response.json()) as LinkedAccount[];
}

/** A fresh origin owner per test, so tests never see each other's accounts. */
export function uniqueOwner(label: string): string {
  return `e2e-${label}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

/**
 * What the host's backend does with a success's result_token: verifies it against the server's JWKS and reads
 * which account it vouches for. Throws on a bad signature or a wrong issuer.
 */
export async function verifiedResultToken(request: APIRequestContext, token: unknown): Promise<JWTPayload> {
  if (typeof token !== 'string') throw new Error(`the success carries no result_token (got ${JSON.stringify(token)})`);
  const jwks = (await (await request.get(`${E2E_SERVER_URL}/.well-known/jwks.json`)).json()) as JSONWebKeySet;
  const { payload } = await jwtVerify(token, createLocalJWKSet(jwks), { issuer: E2E_SERVER_URL });
  return payload;
}
