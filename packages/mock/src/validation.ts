import { badRequest } from './errors';

/** A parsed JSON object body; values are still unchecked. */
export type JsonObject = Readonly<Record<string, unknown>>;

/**
 * One field of a request body, as the published spec's request schema (or, where noted, Frontegg's SDK)
 * declares it. A small declarative form rather than a JSON-schema validator, which would not fit the mock's
 * browser budget; the contract test checks every route's rules against the spec with a real one.
 */
export interface FieldRule {
  readonly type: 'string' | 'number' | 'boolean' | 'object';
  /** May be absent (a `null` is still the wrong type). */
  readonly optional?: true;
  /** Must be present, but may be `null`. */
  readonly nullable?: true;
  /** Absent is fine only when this other field is absent too (the two go together). */
  readonly requiredWith?: string;
  /** Absent is fine only when this other field is sent. */
  readonly requiredWithout?: string;
  /** The only values a string may take. */
  readonly oneOf?: readonly string[];
  /** A test a string must pass, and the rule it stands for in the error ("must be …"). */
  readonly format?: { readonly test: RegExp; readonly rule: string };
  /** An object's own fields. */
  readonly fields?: FieldRules;
}

export type FieldRules = Readonly<Record<string, FieldRule>>;

/** A required string; most fields are one. */
export const text = { type: 'string' } as const;
/** A string that may be absent. */
export const optionalText = { type: 'string', optional: true } as const;
/** A boolean that may be absent (`rememberDevice`). */
export const optionalFlag = { type: 'boolean', optional: true } as const;
/** A required object of `fields`. */
export const object = <Fields extends FieldRules>(fields: Fields) =>
  ({ type: 'object', fields }) as const;

/** What a request must carry before its handler runs: checked in this order, each failure a 400. */
export interface RequestRules {
  /**
   * A user route: a bearer token is required (else 401). A user JWT names the user; any other token is a
   * vendor token, which must name them in these headers (the spec marks them required).
   */
  readonly vendorHeaders?:
    readonly ['frontegg-user-id'] | readonly ['frontegg-user-id', 'frontegg-tenant-id'];
  /**
   * A route only the user's own access token may call (no vendor token): its claims, how and when the user
   * signed in, reach the handler. Else 401.
   */
  readonly userSession?: true;
  /** Query parameters that must be present and not empty. */
  readonly query?: readonly string[];
  /** A JSON object body and its fields; absent, the route reads no body. */
  readonly body?: FieldRules;
}

/** The vendor-token header of every user route the spec documents: `frontegg-user-id`. */
export const USER_ID_HEADER = ['frontegg-user-id'] as const;

type ValueOf<Rule extends FieldRule> =
  | (Rule extends { fields: infer Fields extends FieldRules }
      ? BodyOf<Fields>
      : Rule extends { oneOf: readonly (infer Value)[] }
        ? Value
        : Rule extends { type: 'boolean' }
          ? boolean
          : Rule extends { type: 'number' }
            ? number
            : string)
  | (Rule extends { nullable: true } ? null : never);

type OptionalKeys<Fields extends FieldRules> = {
  [Key in keyof Fields]: Fields[Key] extends { optional: true } ? Key : never;
}[keyof Fields];

/** The body `Fields` let through, typed. */
export type BodyOf<Fields extends FieldRules> = {
  readonly [Key in Exclude<keyof Fields, OptionalKeys<Fields>>]: ValueOf<Fields[Key]>;
} & { readonly [Key in OptionalKeys<Fields>]?: ValueOf<Fields[Key]> };

const isJsonContentType = (value: string | null): boolean =>
  value !== null && /^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i.test(value.trim());

/**
 * Reads a POST body the way the real service does: it must be declared JSON, parse as JSON, and be an object.
 * Messages name the rule that failed, never the body's content (it may hold a password or a code).
 */
export async function readJsonObject(request: Request): Promise<JsonObject> {
  if (!isJsonContentType(request.headers.get('content-type'))) {
    throw badRequest('Content-Type must be application/json');
  }
  const text = await request.text();
  if (text.trim() === '')
    throw badRequest('The request body is required and must be a JSON object');
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw badRequest('The request body is not valid JSON');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw badRequest('The request body must be a JSON object');
  }
  return parsed as JsonObject;
}

const isObject = (value: unknown): boolean =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Throws the 400 of the first field of `body` that breaks its rule, naming the field and the rule only. */
export function checkFields(body: JsonObject, rules: FieldRules): void {
  for (const [field, rule] of Object.entries(rules)) {
    const value = body[field];
    const required =
      !rule.optional ||
      (rule.requiredWith !== undefined && body[rule.requiredWith] !== undefined) ||
      (rule.requiredWithout !== undefined && body[rule.requiredWithout] === undefined);
    if (value === undefined || (value === null && required && !rule.nullable)) {
      if (!required) continue;
      throw badRequest(
        rule.requiredWithout === undefined
          ? `${field} is required`
          : `${field} or ${rule.requiredWithout} is required`,
      );
    }
    if (value === null && rule.nullable) continue;
    if (rule.type === 'object' ? !isObject(value) : typeof value !== rule.type)
      throw badRequest(
        `${field} must be ${rule.type === 'object' ? 'an object' : `a ${rule.type}`}${rule.nullable ? ' or null' : ''}`,
      );
    if (rule.oneOf !== undefined && !rule.oneOf.includes(value as string))
      throw badRequest(`${field} must be ${rule.oneOf.join(' or ')}`);
    if (rule.format !== undefined && !rule.format.test.test(value as string))
      throw badRequest(`${field} must be ${rule.format.rule}`);
    if (rule.fields !== undefined) checkFields(value as JsonObject, rule.fields);
  }
}

/** A header that must be present and not blank. */
export function requireHeader(request: Request, name: string): string {
  const value = request.headers.get(name);
  if (value === null || value.trim() === '') throw badRequest(`The ${name} header is required`);
  return value.trim();
}

/** The query parameters `names`, each present and not empty. */
export function requireQuery(url: URL, names: readonly string[]): Record<string, string> {
  const values: Record<string, string> = {};
  for (const name of names) {
    const value = url.searchParams.get(name);
    if (value === null || value === '') throw badRequest(`The ${name} query parameter is required`);
    values[name] = value;
  }
  return values;
}
