/** A Frontegg data region. `eu` is Frontegg's default. */
export type Region = 'eu' | 'us' | 'ca' | 'au';

/**
 * The identity service's base URL in `region` (the spec's servers: `https://api[.us|.ca|.au].frontegg.com/identity`),
 * or `undefined` for an unknown region.
 */
export function regionBaseUrl(region: string): string | undefined {
  return /^(eu|us|ca|au)$/.test(region)
    ? `https://api${region == 'eu' ? '' : `.${region}`}.frontegg.com/identity`
    : undefined;
}
