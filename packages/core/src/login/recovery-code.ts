/**
 * A recovery code as typed or pasted, in the form it was issued: surrounding space dropped, and the spaces or
 * dashes a person puts between its groups made one dash (`CAUF 97UL  VTB3` → `CAUF-97UL-VTB3`). Letters keep
 * their case: the server decides whether case matters.
 */
export function normalizeRecoveryCode(typed: string): string {
  return typed.trim().replace(/[\s\-‐‑–—]+/g, '-');
}
