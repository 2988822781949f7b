// Whether the demo maps the mock's error codes, as an app that knows its tenant's codes would.

/** `tenant`: the default, as a new app runs against a real tenant (the codes are unknown to the client). */
export type ErrorCodeMode = 'tenant' | 'mapped';

/** The query parameter that turns the mapping on for this page load: `?error-codes=mapped`. */
export const ERROR_CODE_MODE_PARAM = 'error-codes';

/** Reads the mode from the page's query string; anything but `mapped` is the default. */
export function readErrorCodeMode(search: string): ErrorCodeMode {
  return new URLSearchParams(search).get(ERROR_CODE_MODE_PARAM) === 'mapped' ? 'mapped' : 'tenant';
}
