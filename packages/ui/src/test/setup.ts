import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, expect } from 'vitest';
import * as axeMatchers from 'vitest-axe/matchers';
import type { AxeMatchers } from 'vitest-axe/matchers';
import { ASYNC_UTIL_TIMEOUT_MS } from '../../../../tools/test-kit/async-timeout.js';
import { installNodeUint8Array } from '../../../../tools/test-kit/jsdom-realm.js';

// vitest-axe 0.1 declares its matcher on the old global `Vi` namespace; Vitest 4 reads `Assertion`.
declare module 'vitest' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type, @typescript-eslint/no-explicit-any, @typescript-eslint/no-unused-vars -- must match Vitest's own declaration
  interface Assertion<T = any> extends AxeMatchers {}
}

installNodeUint8Array();
configure({ asyncUtilTimeout: ASYNC_UTIL_TIMEOUT_MS });
expect.extend(axeMatchers);
afterEach(cleanup);
