/**
 * The part of JSON Schema that `z.toJSONSchema` writes for the contract's read-side schemas (objects,
 * arrays, strings, numbers, booleans, null, unions, literals, enums, catchalls). `generate.ts` refuses any
 * other keyword, so a contract change this checker cannot honour fails the generation instead of passing
 * silently.
 */
export interface JsonSchema {
  type?: JsonType | JsonType[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: JsonSchema;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  const?: unknown;
  enum?: unknown[];
}

export type JsonType = 'object' | 'array' | 'string' | 'number' | 'integer' | 'boolean' | 'null';

/** A contract schema in JSON Schema form, typed with the value it describes. */
export interface SchemaOf<Value> extends JsonSchema {
  /** Type-level only: the contract type this schema checks (never set at run time). */
  readonly __value?: Value;
}

const typeOf = (value: unknown): string =>
  value === null ? 'null' : Array.isArray(value) ? 'array' : Number.isInteger(value) ? 'integer' : typeof value;

function typeMatches(schema: JsonSchema, actual: string): boolean {
  if (schema.type === undefined) return true;
  const allowed: string[] = Array.isArray(schema.type) ? schema.type : [schema.type];
  return allowed.includes(actual) || (actual === 'integer' && allowed.includes('number'));
}

/**
 * The first place where `value` breaks `schema`, as "where: what" (`integrations.0.name: expected string,
 * got integer`), or undefined when it conforms. Keys the schema does not name are allowed, as zod's objects
 * allow them; a catchall (`additionalProperties`) checks them.
 */
export function schemaProblem(schema: JsonSchema, value: unknown, path = ''): string | undefined {
  const where = path || '(root)';
  const actual = typeOf(value);
  if (schema.anyOf) {
    const problems: string[] = [];
    for (const option of schema.anyOf) {
      const problem = schemaProblem(option, value, path);
      if (problem === undefined) return undefined;
      problems.push(problem);
    }
    // Report the option of the value's own type when there is one: its problem is the useful one.
    const sameType = schema.anyOf.findIndex((option) => option.type !== undefined && typeMatches(option, actual));
    return problems[sameType] ?? `${where}: matches none of the allowed shapes`;
  }
  if (!typeMatches(schema, actual)) return `${where}: expected ${[schema.type].flat().join(' or ')}, got ${actual}`;
  if ('const' in schema && value !== schema.const) return `${where}: expected ${JSON.stringify(schema.const)}`;
  if (schema.enum && !schema.enum.includes(value)) return `${where}: expected one of ${schema.enum.map((option) => JSON.stringify(option)).join(', ')}`;
  const prefix = path ? `${path}.` : '';
  if (actual === 'array' && schema.items) {
    for (const [index, item] of (value as unknown[]).entries()) {
      const problem = schemaProblem(schema.items, item, prefix + index);
      if (problem) return problem;
    }
  }
  if (actual === 'object') {
    const object = value as Record<string, unknown>;
    for (const key of schema.required ?? []) {
      if (object[key] === undefined) return `${prefix}${key}: required`;
    }
    for (const [key, item] of Object.entries(object)) {
      const named = schema.properties && Object.hasOwn(schema.properties, key) ? schema.properties[key] : undefined;
      const itemSchema = named ?? schema.additionalProperties;
      const problem = item === undefined || !itemSchema ? undefined : schemaProblem(itemSchema, item, prefix + key);
      if (problem) return problem;
    }
  }
  return undefined;
}

/** Whether `value` is what `schema` describes. */
export function conforms<Value>(schema: SchemaOf<Value>, value: unknown): value is Value {
  return schemaProblem(schema, value) === undefined;
}
