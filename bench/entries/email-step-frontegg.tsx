import { FronteggProvider } from '@frontegg/react';

/** Props of Frontegg's email step: its provider finds the login state itself. */
export interface FronteggEmailStepProps {
  /** The Frontegg domain the SDK talks to. */
  origin: string;
}

/**
 * The smallest way to get the email MFA screen from @frontegg/react: its provider with the embedded
 * login box (the box's own UI is a script the SDK loads from Frontegg's CDN at run time, so it is
 * not part of this bundle).
 */
export function EmailStep({ origin }: FronteggEmailStepProps) {
  return <FronteggProvider contextOptions={{ baseUrl: origin }} hostedLoginBox={false} />;
}
