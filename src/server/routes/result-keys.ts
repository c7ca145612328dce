import { ResultTokenJwks, RotatedSigningKey } from '../../contract/result-token.js';
import { requireApiKey } from '../http/auth.js';
import { DeclaredRoutes, named } from '../http/define-route.js';
import type { Services } from '../services/index.js';

/** Verifiers may cache the set this long; a new key is fetched at once by libraries that meet an unknown `kid`. */
const JWKS_MAX_AGE_SECONDS = 60;

/** `GET /.well-known/jwks.json`: public, like any JWKS; every project's current keys and the retired ones still in use. */
export function jwksRoutes(services: Services) {
  return new DeclaredRoutes({ security: 'none' }).get(
    '/jwks.json',
    {
      operationId: 'getResultTokenJwks',
      summary: 'The public keys (JWKS) that verify the result_token of a hub success',
      description:
        "`result_token` (on `connect-hub:success`, `openConnectHub()`'s promise and the hub's success responses) is a compact JWS " +
        '(EdDSA, Ed25519) with `iss` this server, `aud` the project id, `sub`/`account_id`, `provider`, `origin_owner_id`, `session_id`, ' +
        '`iat` and `exp` (5 minutes). Verify it on the host backend against this set, e.g. jose `jwtVerify(token, createRemoteJWKSet(url), { issuer, audience })`.',
      tag: 'Project',
      responses: { 200: { description: 'The key set', body: named({ ResultTokenJwks }) } },
    },
    async (c) => {
      c.header('cache-control', `public, max-age=${JWKS_MAX_AGE_SECONDS}`);
      return c.json(await services.resultTokens.jwks());
    },
  ).app;
}

/** `/result_signing_keys`: the API key's project rotates the key its result tokens are signed with. */
export function resultKeyRoutes(services: Services, bodyLimitBytes: number) {
  return new DeclaredRoutes({ security: 'apiKey', guard: requireApiKey(services.projects), bodyLimitBytes }).post(
    '/rotate',
    {
      operationId: 'rotateResultSigningKey',
      summary: "Rotate the project's result_token signing key (the old key stays in the JWKS until its tokens have expired)",
      tag: 'Project',
      responses: { 201: { description: 'The new key', body: named({ RotatedSigningKey }) } },
    },
    async (c) => c.json(await services.resultTokens.rotate(c.get('project').id), 201),
  ).app;
}
