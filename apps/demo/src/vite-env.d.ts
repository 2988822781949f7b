/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Set: the demo talks to this Frontegg identity base URL and the embedded mock stays off. */
  readonly VITE_MFA_BASE_URL?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
