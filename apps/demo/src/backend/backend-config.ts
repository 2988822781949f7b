// Which backend the demo talks to: the mock embedded in the page, or a URL given at build time.

/** The embedded mock answers any origin's `/identity/resources/...`; same-origin keeps it simple. */
export const EMBEDDED_BASE_URL = '/identity';

/** Where requests go. */
export type BackendConfig =
  | { kind: 'embedded'; baseUrl: typeof EMBEDDED_BASE_URL }
  | { kind: 'remote'; baseUrl: string }
  | { kind: 'invalid'; message: string };

/**
 * Reads `VITE_MFA_BASE_URL`: unset or blank means the embedded mock; otherwise it must be an absolute
 * http(s) URL such as `https://app-xxx.frontegg.com/identity` or `http://127.0.0.1:4010/identity`.
 */
export function readBackendConfig(value: string | undefined): BackendConfig {
  const text = value?.trim() ?? '';
  if (text === '') return { kind: 'embedded', baseUrl: EMBEDDED_BASE_URL };
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    url = new URL('invalid:');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return {
      kind: 'invalid',
      message: `VITE_MFA_BASE_URL must be an absolute http(s) URL, such as https://app-xxx.frontegg.com/identity or http://127.0.0.1:4010/identity; it is "${text}".`,
    };
  }
  if (url.search !== '' || url.hash !== '' || url.username !== '' || url.password !== '') {
    return {
      kind: 'invalid',
      message: 'VITE_MFA_BASE_URL must be a plain base URL: no query, fragment or credentials.',
    };
  }
  return { kind: 'remote', baseUrl: url.href.replace(/\/+$/, '') };
}
