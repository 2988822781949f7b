import { maskPhone } from '../mask/mask-phone.js';

/** A masked number for a sentence: `•••• 4567` joined by a no-break space, so a line never splits it. */
export function phoneInText(phoneNumber: string): string {
  return maskPhone(phoneNumber).replace(' ', '\u00a0');
}
