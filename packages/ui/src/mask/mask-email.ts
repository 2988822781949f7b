const HIDDEN = '•••';

/**
 * An email address with its local part hidden but for the first and last characters, e.g.
 * `jane.doe@example.com` -> `j•••e@example.com`; the domain stays so the user knows which inbox
 * to check. Anything that is not an address is hidden whole.
 */
export function maskEmail(email: string): string {
  const address = typeof email === 'string' ? email.trim() : '';
  const at = address.lastIndexOf('@');
  if (at < 1 || at === address.length - 1) return address ? HIDDEN : '';
  // By code point, so an emoji or accented letter is never cut in half.
  const local = Array.from(address.slice(0, at));
  const first = local[0] ?? '';
  const last = local.length > 2 ? local[local.length - 1] : '';
  return `${first}${HIDDEN}${last}${address.slice(at)}`;
}
