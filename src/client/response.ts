import type { ApiErrorBody as ApiErrorBodyType } from '../contract/errors.js';
import { conforms, schemaProblem, type SchemaOf } from '../contract/json-schema/check.js';
import { ApiErrorBody } from '../contract/json-schema/schemas.js';
import { ConnectApiError } from './errors.js';

/** Where a response came from, for error messages. */
export interface ResponseOrigin {
  method: string;
  path: string;
  status: number;
}

/** The server's error body when it sent one; a non-JSON body (a proxy page, say) gives undefined. */
export function readErrorBody(text: string): ApiErrorBodyType | undefined {
  try {
    const body: unknown = JSON.parse(text);
    return conforms(ApiErrorBody, body) ? body : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A 2xx body parsed and checked against its contract schema (JSON Schema form); anything else is an
 * `invalid_response` naming the call and the problem.
 */
export function parseResponseBody<Value>(schema: SchemaOf<Value>, text: string, { method, path, status }: ResponseOrigin): Value {
  const invalid = (problem: string) => new ConnectApiError({ status, code: 'invalid_response', message: `${method} ${path}: ${problem}` });
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw invalid('the response is not JSON');
  }
  const problem = schemaProblem(schema, json);
  if (problem) throw invalid(`unexpected response at ${problem}`);
  return json as Value;
}
