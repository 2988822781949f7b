import { sanitizeCode } from './sanitize-code.js';

/** A text selection inside a code field: `[start, end)`, equal when it is a caret. */
export type CodeSelection = readonly [start: number, end: number];

const MAX_CODE_LENGTH = 32;

/** A usable code length: a whole number from 1 to 32, 6 when `length` is not a number. */
export function codeLength(length: number): number {
  const whole = Math.trunc(length);
  return Number.isNaN(whole) ? 6 : Math.min(MAX_CODE_LENGTH, Math.max(1, whole));
}

/**
 * The selection the input should have. In a full code a caret becomes a one-digit selection, so
 * typing overwrites that digit (the input's `maxLength` would otherwise swallow the keystroke);
 * while the code is incomplete the caret stays a caret and typing inserts.
 */
export function normalizeSelection(
  start: number,
  end: number,
  valueLength: number,
  length: number,
): CodeSelection {
  if (start !== end || valueLength < length) return [start, end];
  const slot = Math.min(start, length - 1);
  return [slot, slot + 1];
}

/** The value and caret after pasting or autofilling `text` over `[start, end)` of `value`. */
export function insertIntoCode(
  value: string,
  [start, end]: CodeSelection,
  text: string,
  length: number,
): { value: string; caret: number } | null {
  const digits = sanitizeCode(text, length);
  if (!digits) return null;
  // A whole code replaces whatever was there: the usual case of pasting the code from an email.
  if (digits.length === length) return { value: digits, caret: length };
  const before = value.slice(0, start);
  const next = (before + digits + value.slice(end)).slice(0, length);
  return { value: next, caret: Math.min(before.length + digits.length, length) };
}
