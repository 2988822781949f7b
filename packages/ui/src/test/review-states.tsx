// What the Chromium tests that review the kit's states share: a client on the mock, a backdrop to render a state on,
// and the review of a state in both themes (axe and screenshots for a person to look at).
import { createMfaClient } from '@mfa-kit/core';
import type { MfaClient, MfaClientOptions } from '@mfa-kit/core';
import type { MockBackend } from '@mfa-kit/mock';
import { TEST_BASE_URL } from '@mfa-kit/mock/testing';
import { MfaProvider } from '@mfa-kit/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ReactElement } from 'react';
import { expect } from 'vitest';
import { page } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { enMessages } from '../messages/en.js';
import { heMessages } from '../messages/he.js';
import type { MfaMessages } from '../messages/messages.js';
import { COLOUR_RULES, finiteAnimationsEnded } from '../../../../tools/test-kit/axe-review.js';
import { axeViolations } from './browser-axe.js';

/**
 * The two directions, each reviewed in both themes. A flow runs once per direction: the theme changes only colour
 * custom properties, so a flow run again in dark would repeat the same behaviour.
 */
export const DIRECTIONS = [
  { name: 'ltr', messages: enMessages },
  { name: 'rtl', messages: heMessages },
] as const;

/**
 * A client that hands each request to `backend` (no service worker needed); `onRequest` sees each one first. The
 * other options are the client's own.
 */
export function mockClient(
  backend: MockBackend,
  {
    onRequest,
    ...options
  }: Omit<MfaClientOptions, 'baseUrl' | 'fetch'> & { onRequest?: (request: Request) => void } = {},
): MfaClient {
  return createMfaClient({
    ...options,
    baseUrl: TEST_BASE_URL,
    fetch: async (input, init) => {
      const request = new Request(input, init);
      onRequest?.(request);
      const response = await backend.handle(request);
      // The mock's dropped connection is `Response.error()`, which a real fetch turns into a rejection.
      if (response.type === 'error') throw new TypeError('Failed to fetch');
      return response;
    },
  });
}

/** Renders one state on its own backdrop, in the messages' direction; returns the backdrop to review. */
export async function show(
  ui: ReactElement,
  client: MfaClient,
  messages: MfaMessages,
  viewport: { width: number; height: number } = { width: 600, height: 1000 },
): Promise<HTMLElement> {
  await page.viewport(viewport.width, viewport.height);
  const screen = await render(
    <div
      data-theme="light"
      dir={messages.dir}
      style={{ padding: 24, width: 480, background: 'var(--mfa-color-sunken)' }}
    >
      <QueryClientProvider client={new QueryClient()}>
        <MfaProvider client={client}>{ui}</MfaProvider>
      </QueryClientProvider>
    </div>,
  );
  return screen.container.firstElementChild as HTMLElement;
}

/**
 * One state in both themes: axe with every rule in light and the colour rules in dark, each after the colour
 * transitions have ended, and a screenshot of each as test-results/screenshots/<shot>-<light|dark>.png. Leaves
 * the backdrop light.
 */
export async function review(backdrop: HTMLElement, shot: string): Promise<void> {
  for (const theme of ['light', 'dark'] as const) {
    backdrop.dataset.theme = theme;
    await finiteAnimationsEnded();
    expect(
      await axeViolations(backdrop, theme === 'dark' ? COLOUR_RULES : undefined),
      theme,
    ).toEqual([]);
    await page.screenshot({
      path: `../../test-results/screenshots/${shot}-${theme}.png`,
      element: backdrop,
    });
  }
  backdrop.dataset.theme = 'light';
}
