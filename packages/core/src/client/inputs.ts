// Checks on what callers pass, made before any request is sent. Messages name the field, never its value.
import { fail } from './errors.js';
import { isE164 } from './phone-number.js';

/** Returns `value` if it is valid for `field`, else throws an `invalid-input` MfaApiError. */
export type Check = (field: string, value: unknown) => unknown;

const invalid = (message: string) => fail('invalid-input', message);

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

/** A phone number in E.164 form: `+`, then 7 to 15 digits, the first not 0 (e.g. `+15551234567`). */
export const phoneNumber: Check = (field, value) => {
  if (!isE164(text(field, value) as string))
    throw invalid(`${field} must be in international form: + and 7 to 15 digits.`);
  return value;
};

/** A WebAuthn device kind: `Platform` (a passkey in the device) or `CrossPlatform` (a security key). */
export const deviceType: Check = (field, value) => {
  if (value != 'Platform' && value != 'CrossPlatform')
    throw invalid(`${field} must be Platform or CrossPlatform.`);
  return value;
};

/** `true`, `false` or left out. */
export const flag: Check = (field, value) => {
  if (value !== undefined && typeof value != 'boolean')
    throw invalid(`${field} must be true or false.`);
  return value;
};

/** A whole number of seconds, or left out. */
export const seconds: Check = (field, value) => {
  if (value !== undefined && !(Number.isSafeInteger(value) && (value as number) >= 0))
    throw invalid(`${field} must be a whole number of seconds.`);
  return value;
};

/** Checks `fields[name]` for each check and returns the checked fields, in the checks' order. */
export function pick(
  fields: Record<string, unknown>,
  checks: Record<string, Check>,
): Record<string, unknown> {
  const picked: Record<string, unknown> = {};
  for (const name in checks) picked[name] = checks[name]!(name, fields[name]);
  return picked;
}

/** The non-empty string `value`, percent-encoded for a URL (text with a lone surrogate has none). */
export function encoded(field: string, value: unknown): string {
  const checked = text(field, value) as string;
  try {
    return encodeURIComponent(checked);
  } catch {
    throw invalid(`${field} is not valid text.`);
  }
}

/** A device id as a path segment, encoded so it can never change the path. */
export function deviceSegment(deviceId: unknown): string {
  // Dot segments survive encodeURIComponent and would walk up the path.
  if (text('deviceId', deviceId) == '.' || deviceId == '..')
    throw invalid('deviceId is not a device id.');
  return encoded('deviceId', deviceId);
}
