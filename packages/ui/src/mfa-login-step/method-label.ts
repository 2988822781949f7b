import type { MfaLoginMethod } from '@mfa-kit/core';
import { emailInText, phoneInText } from '../mask/in-text.js';
import type { MfaLoginStepMessages } from '../messages/messages.js';

/** How the list of methods names one: the masked phone or address (a left-to-right run), the key's name. */
export function methodLabel(method: MfaLoginMethod, texts: MfaLoginStepMessages): string {
  switch (method.kind) {
    case 'authenticator':
      return texts.authenticator;
    case 'sms':
      return texts.sms(phoneInText(method.phoneNumber));
    case 'email':
      return texts.email(emailInText(method.email));
    case 'passkey':
      return texts.passkey(method.name);
    case 'security-key':
      return texts.securityKey(method.name);
    case 'recovery-code':
      return texts.recoveryCode;
  }
}
