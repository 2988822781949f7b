import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';
import { ASYNC_UTIL_TIMEOUT_MS } from '../../../../tools/test-kit/async-timeout.js';
import { installNodeUint8Array } from '../../../../tools/test-kit/jsdom-realm.js';

installNodeUint8Array();
configure({ asyncUtilTimeout: ASYNC_UTIL_TIMEOUT_MS });

afterEach(cleanup);
