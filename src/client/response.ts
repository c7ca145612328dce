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

/**
 * Checks a parsed body against its contract schema: the value, or the first problem as "where: what".
 * The hub checks with the contract's JSON Schema form (`schemaCheck`); the dashboard with zod itself.
 */
export type BodyCheck<Value> = (json: unknown) => { value: Value } | { problem: string };

export function schemaCheck<Value>(schema: SchemaOf<Value>): BodyCheck<Value> {
  return (json) => {
    const problem = schemaProblem(schema, json);
    return problem === undefined ? { value: json as Value } : { problem };
  };
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

/** A 2xx body parsed and checked; anything else is an `invalid_response` naming the call and the problem. */
export function parseResponseBody<Value>(check: BodyCheck<Value>, text: string, { method, path, status }: ResponseOrigin): Value {
  const invalid = (problem: string) => new ConnectApiError({ status, code: 'invalid_response', message: `${method} ${path}: ${problem}` });
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw invalid('the response is not JSON');
  }
  const checked = check(json);
  if ('problem' in checked) throw invalid(`unexpected response at ${checked.problem}`);
  return checked.value;
}
