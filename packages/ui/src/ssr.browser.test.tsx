// Server rendering of every exported component (issue #21): renderToString on a "server" with no window and no
// document (a worker), then hydrateRoot in the page over that HTML, with no recoverable error (a mismatch) and no
// console error. A component exported by an entry but missing from the table fails the first test by its name.
// Run twice: on React 19 (project 'browser') and on React 18 (project 'browser-react18', the same file).
import { DEMO_USERS, createMockBackend } from '@mfa-kit/mock';
import { act } from 'react';
import { version as reactDomVersion } from 'react-dom';
import { hydrateRoot } from 'react-dom/client';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import * as enrollmentEntry from './enrollment-step.js';
import * as enrolmentEntry from './enrolment-step.js';
import * as mainEntry from './index.js';
import * as loginEntry from './login-step.js';
import * as stepUpEntry from './step-up-dialog.js';
import { loginAnswer } from './test/login-answer.js';
import { SsrProviders, ssrCases } from './test/ssr-cases.js';
import type { SsrData } from './test/ssr-cases.js';
import type { SsrResults } from './test/ssr-worker.js';

const ENTRIES = [mainEntry, loginEntry, enrollmentEntry, enrolmentEntry, stepUpEntry];

/** The exported components: values named in PascalCase that React can render (functions, forwardRef, memo). */
const exportedComponents = [
  ...new Set(
    ENTRIES.flatMap((entry) =>
      Object.entries(entry)
        .filter(
          ([name, value]) =>
            /^[A-Z]/.test(name) &&
            (typeof value === 'function' ||
              (typeof value === 'object' && value !== null && '$$typeof' in value)),
        )
        .map(([name]) => name),
    ),
  ),
].sort();

// Hydration runs in act(), as in a test renderer.
Object.assign(globalThis, { IS_REACT_ACT_ENVIRONMENT: true });

let data: SsrData;
let server: SsrResults;

beforeAll(async () => {
  const backend = createMockBackend({ seed: 41 });
  data = {
    login: await loginAnswer(backend, DEMO_USERS.allFactors),
    enroll: await loginAnswer(backend, DEMO_USERS.newUser),
  };
  const worker = new Worker(new URL('./test/ssr-worker.tsx', import.meta.url), { type: 'module' });
  server = await new Promise<SsrResults>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<SsrResults>) => resolve(event.data);
    worker.onerror = (event) => reject(new Error(`The SSR worker failed: ${event.message}`));
    worker.postMessage(data);
  });
  worker.terminate();
});

const containers: HTMLElement[] = [];
afterAll(() => containers.forEach((container) => container.remove()));

describe('server rendering of every exported component', () => {
  it('renders on the server with the React that hydrates', () => {
    expect(server.version).toBe(reactDomVersion);
  });

  it('has a case for each exported component, and no case for anything else', () => {
    const table = Object.keys(ssrCases(data)).sort();
    expect(
      exportedComponents.filter((name) => !table.includes(name)),
      'exported, not in the table',
    ).toEqual([]);
    expect(
      table.filter((name) => !exportedComponents.includes(name)),
      'in the table, not exported',
    ).toEqual([]);
  });

  it.each(exportedComponents)(
    '%s: renders without window or document, then hydrates with no mismatch',
    async (name) => {
      const result = server.cases[name];
      expect(result, `${name} has no server result`).toBeDefined();
      if (!result || 'error' in result)
        throw new Error(`${name} threw during server rendering: ${result?.error}`);
      expect(result.html).not.toBe('');
      const container = document.createElement('div');
      container.innerHTML = result.html;
      document.body.append(container);
      containers.push(container);
      const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
      const recoverable: unknown[] = [];
      try {
        const element = ssrCases(data)[name]!;
        let root: ReturnType<typeof hydrateRoot> | undefined;
        await act(async () => {
          root = hydrateRoot(container, <SsrProviders>{element}</SsrProviders>, {
            onRecoverableError: (error) => recoverable.push(error),
          });
          await new Promise((resolve) => setTimeout(resolve, 50));
        });
        expect(recoverable.map(String), `${name}: recoverable errors (a mismatch)`).toEqual([]);
        expect(
          consoleError.mock.calls.map((call) => call.map(String).join(' ')),
          `${name}: console errors`,
        ).toEqual([]);
        act(() => root?.unmount());
      } finally {
        consoleError.mockRestore();
      }
    },
  );
});
