/**
 * Your Frontegg domain's identity API, e.g. `https://app-xxx.frontegg.com/identity` (allow this app's origin in
 * Frontegg first). The default is `pnpm mock:serve`'s. Inlined at build time, as every `NEXT_PUBLIC_` variable.
 */
export const MFA_BASE_URL =
  process.env.NEXT_PUBLIC_MFA_BASE_URL || 'http://127.0.0.1:4010/identity';
