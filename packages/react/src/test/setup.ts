import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// Vitest's jsdom environment installs jsdom's typed-array constructors, but Node's TextEncoder, Buffer and
// WebCrypto keep making Node's; jose (the mock's JWTs) then rejects its own key as "not a Uint8Array". Put the
// Node realm's constructor back: nothing in these tests needs jsdom's.
globalThis.Uint8Array = (Object.getPrototypeOf(new TextEncoder().encode('')) as Uint8Array)
  .constructor as Uint8ArrayConstructor;

// Two shared cores: give real-network waits room before calling them failures.
configure({ asyncUtilTimeout: 5_000 });

afterEach(cleanup);
