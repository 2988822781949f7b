import { badRequest } from './errors';

/** A parsed JSON object body; values are still unchecked. */
export type JsonObject = Readonly<Record<string, unknown>>;

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

/** A required string field. */
export function requireString(body: JsonObject, field: string): string {
  const value = body[field];
  if (value === undefined || value === null) throw badRequest(`${field} is required`);
  if (typeof value !== 'string') throw badRequest(`${field} must be a string`);
  return value;
}

/** An optional string field: absent is fine, any other type is not. */
export function optionalString(body: JsonObject, field: string): string | undefined {
  const value = body[field];
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw badRequest(`${field} must be a string`);
  return value;
}

/** An optional boolean field: absent is fine, any other type is not. */
export function optionalBoolean(body: JsonObject, field: string): boolean | undefined {
  const value = body[field];
  if (value === undefined) return undefined;
  if (typeof value !== 'boolean') throw badRequest(`${field} must be a boolean`);
  return value;
}

/** A header the specification marks required. */
export function requireHeader(request: Request, name: string): string {
  const value = request.headers.get(name);
  if (value === null || value.trim() === '') throw badRequest(`The ${name} header is required`);
  return value.trim();
}

/** A required JSON object field (not null, not an array). */
export function requireObject(body: JsonObject, field: string): JsonObject {
  const value = body[field];
  if (value === undefined || value === null) throw badRequest(`${field} is required`);
  if (typeof value !== 'object' || Array.isArray(value))
    throw badRequest(`${field} must be an object`);
  return value as JsonObject;
}

/** A field that must be present, as a string or null. */
export function requireStringOrNull(body: JsonObject, field: string): string | null {
  const value = body[field];
  if (value === undefined) throw badRequest(`${field} is required`);
  if (value !== null && typeof value !== 'string')
    throw badRequest(`${field} must be a string or null`);
  return value;
}
