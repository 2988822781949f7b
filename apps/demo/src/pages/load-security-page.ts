/** Loads the security page's own chunk (kept out of the sign-in + MFA route's bundle). */
export const loadSecurityPage = () => import('./security-page');
