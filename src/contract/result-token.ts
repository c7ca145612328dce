import * as z from 'zod/mini';

/** `GET /.well-known/jwks.json` (RFC 7517): the public keys that verify `result_token`s, with `kid`, `alg`, `use`. */
export const ResultTokenJwks = z.object({
  keys: z.array(
    z.object({
      kty: z.string(),
      crv: z.optional(z.string()),
      x: z.optional(z.string()),
      kid: z.string(),
      alg: z.string(),
      use: z.optional(z.string()),
    }),
  ),
});
export type ResultTokenJwks = z.infer<typeof ResultTokenJwks>;

/** `POST /result_signing_keys/rotate`: the new key; the replaced ones stay published until their tokens have expired. */
export const RotatedSigningKey = z.object({
  kid: z.string(),
  created_at: z.string(),
  retired: z.number(),
  previous_published_until: z.string(),
});
export type RotatedSigningKey = z.infer<typeof RotatedSigningKey>;

/**
 * What a `result_token`'s payload holds (a compact JWS, EdDSA/Ed25519, 5 minutes): `iss` the server's public URL,
 * `aud` the project id, `sub` = `account_id`, the provider, the origin owner and the connect session it came through.
 */
export const ResultTokenClaims = z.object({
  iss: z.string(),
  aud: z.string(),
  sub: z.string(),
  account_id: z.string(),
  provider: z.string(),
  origin_owner_id: z.string(),
  session_id: z.number(),
  iat: z.number(),
  exp: z.number(),
  jti: z.string(),
});
export type ResultTokenClaims = z.infer<typeof ResultTokenClaims>;
