// The browser's WebAuthn ceremonies as one module, which `on-demand.ts` loads the first time one is needed.
export { getWebAuthnAssertion } from './get-assertion.js';
export { createWebAuthnCredential } from './create-credential.js';
