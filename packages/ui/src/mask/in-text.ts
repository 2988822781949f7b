import { ltrRun } from '../messages/ltr-run.js';
import { maskEmail } from './mask-email.js';
import { maskPhone } from './mask-phone.js';

/** A masked number for a sentence (`•••• 4567`), as a left-to-right run (`ltrRun`). */
export function phoneInText(phoneNumber: string): string {
  return ltrRun(maskPhone(phoneNumber));
}

/** A masked address for a sentence (`j•••e@example.com`), as a left-to-right run (`ltrRun`). */
export function emailInText(email: string): string {
  return ltrRun(maskEmail(email));
}
