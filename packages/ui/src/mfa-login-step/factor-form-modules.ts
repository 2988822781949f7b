import type { FactorFormKind } from './load-factor-form.js';

/**
 * The module of each login form (below `src/`, no extension), by the kind `load-factor-form.ts` loads. The build
 * reads it: tsdown makes each its own entry, so its own chunk. Nothing shipped imports it, as bundlers must see
 * each `import()` literally: `factor-form-modules.test.ts` checks those, the size budgets' globs and the bench
 * against this list.
 */
export const FACTOR_FORM_MODULES = {
  email: 'email-mfa-form/email-mfa-form',
  authenticator: 'authenticator-mfa-form/authenticator-mfa-form',
  sms: 'sms-mfa-form/sms-mfa-form',
  webauthn: 'webauthn-mfa-form/webauthn-mfa-form',
  'recovery-code': 'recovery-code-form/recovery-code-form',
} as const satisfies Record<FactorFormKind, string>;
