import type { MfaApiError } from '@mfa-kit/core';
import type { DemoTexts } from '../shell/demo-texts';

/** What to tell someone whose password sign-in failed, and what to do next. */
export function signInErrorText(error: MfaApiError, texts: DemoTexts): string {
  switch (error.kind) {
    case 'unauthorized':
      return texts.wrongPassword;
    case 'rate-limited':
      return texts.tooManySignIns(
        error.retryAfterMs === undefined ? null : Math.ceil(error.retryAfterMs / 1000),
      );
    case 'network':
    case 'timeout':
      return texts.unreachable;
    case 'server':
    case 'invalid-response':
      return texts.serviceProblem;
    case 'invalid-input':
      return texts.enterEmailAndPassword;
    default:
      return texts.signInRefused(error.messages.length > 0 ? error.messages.join(' ') : null);
  }
}
