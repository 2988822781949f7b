import type { Preview } from '@storybook/react-vite';
import { mswLoader } from 'msw-storybook-addon/csf3';
import { extractComponentDescription } from 'storybook/internal/docs-tools';
import '@mfa-kit/ui/styles.css';
import type { MockBackend } from '@mfa-kit/mock';
import { recordRequests } from '@mfa-kit/mock/testing';
import { KitProviders, messagesFor } from './kit-providers.js';
import type {} from './story-context.js';
import { MOCK_BASE_URL, createStoryMock, storyAccessToken } from './story-mock.js';
import { tsdocToMarkdown } from './tsdoc-markdown.js';
import './preview.css';

// Every render of a story (also after an args or toolbar change) runs beforeEach, so it gets a new
// backend; the story's tree is remounted with it, never left talking to a backend that is gone.
const renderKeys = new WeakMap<MockBackend, number>();
let renders = 0;
function renderKey(mock: MockBackend): number {
  const key = renderKeys.get(mock) ?? ++renders;
  renderKeys.set(mock, key);
  return key;
}

const preview: Preview = {
  tags: ['autodocs'],
  loaders: [mswLoader()],
  async beforeEach(context) {
    const { parameters } = context;
    const { mock, demoSession, loginAnswer } = await createStoryMock(
      parameters.mockBackend,
      parameters.loginAs,
    );
    context.mock = mock;
    // Another user, or an older sign-in, when the story asks (a story's own beforeEach may still replace it).
    context.demoSession = parameters.signedIn
      ? {
          ...demoSession,
          accessToken: await storyAccessToken(mock, demoSession.accessToken, parameters.signedIn),
        }
      : demoSession;
    if (loginAnswer) context.loginAnswer = loginAnswer;
    context.messages = messagesFor(context.globals['locale']);
    context.msw.use(...mock.handlers);
    const apiRequests = recordRequests(context.msw.events, { baseUrl: MOCK_BASE_URL });
    context.apiRequests = apiRequests;
    return () => apiRequests.stop();
  },
  decorators: [
    (Story, context) => (
      <KitProviders
        key={renderKey(context.mock)}
        theme={context.globals['theme'] === 'dark' ? 'dark' : 'light'}
        messages={context.messages}
        accessToken={context.demoSession.accessToken}
        fullPage={context.viewMode === 'story'}
        errorCodeKinds={context.parameters.errorCodeKinds}
      >
        <Story />
      </KitProviders>
    ),
  ],
  globalTypes: {
    theme: {
      description: 'Colour theme of the kit (data-theme on the story root)',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: [
          { value: 'light', title: 'Light', icon: 'sun' },
          { value: 'dark', title: 'Dark', icon: 'moon' },
        ],
        dynamicTitle: true,
      },
    },
    locale: {
      description: 'Texts and writing direction',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English', right: 'LTR' },
          { value: 'he', title: 'עברית (Hebrew)', right: 'RTL' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'light', locale: 'en' },
  parameters: {
    layout: 'fullscreen',
    docs: {
      extractComponentDescription: (component: Parameters<typeof extractComponentDescription>[0]) =>
        tsdocToMarkdown(extractComponentDescription(component)),
    },
    // Any axe violation fails the story's test.
    a11y: { test: 'error' },
    controls: { matchers: { color: /(background|color)$/i, date: /Date$/i } },
  },
};

export default preview;
