// Checks on what callers pass, made before any request is sent. Messages name the field, never its value.
import { MfaApiError } from './errors.js';

/** Returns `value` if it is valid for `field`, else throws an `invalid-input` MfaApiError. */
export type Check = (field: string, value: unknown) => unknown;

const invalid = (message: string) => new MfaApiError({ kind: 'invalid-input', message });

/** A non-empty string. */
export const text: Check = (field, value) => {
  if (typeof value != 'string' || !value)
    throw invalid(`${field} is missing: pass a non-empty string.`);
  return value;
};

/** A one-time code: digits only (what the user typed, without spaces). */
export const digits: Check = (field, value) => {
  if (!/^\d+$/.test(text(field, value) as string)) throw invalid(`${field} must be digits only.`);
  return value;
};

/** `true`, `false` or left out. */
export const flag: Check = (field, value) => {
  if (value !== undefined && typeof value != 'boolean')
    throw invalid(`${field} must be true or false.`);
  return value;
};

/** Checks each field of `input` (any value: a non-object has no fields) and returns the checked fields. */
export function pick<K extends string>(
  input: unknown,
  checks: Record<K, Check>,
): Record<K, unknown> {
  const fields = Object(input) as Record<K, unknown>;
  const picked = {} as Record<K, unknown>;
  for (const field in checks) picked[field] = checks[field](field, fields[field]);
  return picked;
}

/** `value` percent-encoded for a URL (text with a lone surrogate has no encoding). */
export function encode(field: string, value: string): string {
  try {
    return encodeURIComponent(value);
  } catch {
    throw invalid(`${field} is not valid text.`);
  }
}

/** A device id as a path segment, encoded so it can never change the path. */
export function deviceSegment(input: unknown): string {
  const { deviceId } = pick(input, { deviceId: text }) as { deviceId: string };
  // Dot segments survive encodeURIComponent and would walk up the path.
  if (deviceId == '.' || deviceId == '..') throw invalid('deviceId is not a device id.');
  return encode('deviceId', deviceId);
}
