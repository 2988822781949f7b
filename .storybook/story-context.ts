// What preview.tsx adds to every story's context and parameters, typed for the stories.
import type { AuthResponse, MfaErrorKind } from '@mfa-kit/core';
import type { MockBackend, MockBackendOptions } from '@mfa-kit/mock';
import type { DemoSession, RequestLog } from '@mfa-kit/mock/testing';
import type { MfaMessages } from '@mfa-kit/ui';
import type { StorySignIn } from './story-mock.js';

declare module 'storybook/internal/csf' {
  interface Parameters {
    /** Options of this story's `createMockBackend` (a fixed seed unless given). */
    mockBackend?: MockBackendOptions;
    /**
     * The client's `errorCodeKinds`. Unset, as in a new app: the mock's tenant-style codes are unknown
     * to the client. Stories of an app that maps its codes set it (with `errorCodeStyle: 'mock'`).
     */
    errorCodeKinds?: Readonly<Record<string, MfaErrorKind>>;
    /** A seeded user (`DEMO_USERS.*`) whose password login the story starts from: see `loginAnswer`. */
    loginAs?: { email: string; password: string };
    /** Who the story's client is signed in as, and how long ago (default the demo user, just now). */
    signedIn?: StorySignIn;
  }
  interface StoryContext {
    /** This story's own fake Frontegg backend; set faults in `beforeEach`, read codes from its outbox. */
    mock: MockBackend;
    /** The demo user signed in on `mock` (its `accessToken`: the `signedIn` parameter's user, when given). */
    demoSession: DemoSession;
    /**
     * The answer of the password login of the story's `loginAs` user on `mock` (its `mfaToken`, `mfaDevices`).
     * Set only in stories with the `loginAs` parameter.
     */
    loginAnswer: AuthResponse;
    /** The texts of the toolbar's locale, so a play function finds what the user reads. */
    messages: MfaMessages;
    /** The requests the story's components sent to the mock backend, in order (compare paths with `mockPaths`). */
    apiRequests: RequestLog;
  }
}
