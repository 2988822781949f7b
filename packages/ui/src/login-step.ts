// @mfa-kit/ui/login-step: the whole second-factor step of a login. Its own entry, so that nothing imports the
// factor forms statically: each loads when it is shown, with any bundler. Styles: '@mfa-kit/ui/styles.css'.
export { MfaLoginStep } from './mfa-login-step/mfa-login-step.js';
export type { MfaLoginStepProps } from './mfa-login-step/mfa-login-step.js';
