// Every component in light, dark and right-to-left, with the real stylesheet: checked by axe (colour
// contrast included, which jsdom cannot compute) and saved as screenshots in test-results/ to look at.
import { describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import '../styles.css';
import { CodeInput } from '../code-input/code-input.js';
import { emailInText } from '../mask/in-text.js';
import { maskPhone, phoneLastDigits } from '../mask/mask-phone.js';
import { enMessages } from '../messages/en.js';
import { errorMessage } from '../messages/error-message.js';
import { heMessages } from '../messages/he.js';
import { MessageText } from '../messages/ltr-run.js';
import { MfaMessagesProvider } from '../messages/messages-context.js';
import type { MfaMessages } from '../messages/messages.js';
import { RememberDeviceCheckbox } from '../remember-device-checkbox/remember-device-checkbox.js';
import { ResendCodeButton } from '../resend-code-button/resend-code-button.js';
import { axeViolations } from '../test/browser-axe.js';

function Gallery({ messages }: { messages: MfaMessages }) {
  const phones = ['+1 (555) 010-4567', '+972 50-123-8890'];
  return (
    <div className="mfa-card">
      <form
        className="mfa-form"
        aria-labelledby="title"
        onSubmit={(event) => event.preventDefault()}
      >
        <h1 className="mfa-title" id="title">
          {messages.email.title}
        </h1>
        <p className="mfa-status">
          <MessageText text={messages.email.sentTo(emailInText('jane.doe@example.com'))} />
        </p>
        <div className="mfa-field">
          <label className="mfa-label" htmlFor="code-focused">
            {messages.codeLabel}
          </label>
          <CodeInput id="code-focused" defaultValue="123" aria-describedby="code-hint" />
          <p className="mfa-hint" id="code-hint">
            {messages.codeExpiresIn('4:59')}
          </p>
        </div>
        <CodeInput aria-label={`${messages.codeLabel} (complete)`} defaultValue="482913" />
        <div className="mfa-field">
          <CodeInput
            aria-label={`${messages.codeLabel} (invalid)`}
            defaultValue="111111"
            invalid
            aria-describedby="code-error"
          />
          <p className="mfa-error" id="code-error">
            {errorMessage(messages, 'invalid-code')}
          </p>
        </div>
        <CodeInput aria-label={`${messages.codeLabel} (masked)`} defaultValue="1234" masked />
        <CodeInput aria-label={`${messages.codeLabel} (disabled)`} defaultValue="12" disabled />
        <RememberDeviceCheckbox defaultChecked />
        <RememberDeviceCheckbox days={1} disabled />
        <div className="mfa-actions">
          <button className="mfa-button" type="submit">
            {messages.verify}
          </button>
          <button className="mfa-button" data-variant="secondary" type="button">
            {messages.cancel}
          </button>
          <ResendCodeButton secondsLeft={27} onResend={() => undefined} />
          <ResendCodeButton secondsLeft={0} onResend={() => undefined} />
        </div>
        <p className="mfa-alert" data-variant="error" role="alert">
          {errorMessage(messages, 'rate-limited', 45_000)}
        </p>
        <p className="mfa-alert">{messages.codeResent}</p>
        <p className="mfa-alert" data-variant="success">
          {messages.verified}
        </p>
        <ul className="mfa-device-list" aria-label={messages.devices.title}>
          {phones.map((phone) => (
            <li key={phone}>
              <span
                className="mfa-phone"
                aria-label={messages.devices.phoneEndingIn(phoneLastDigits(phone))}
              >
                {maskPhone(phone)}
              </span>
              <button
                className="mfa-button"
                data-variant="secondary"
                type="button"
                aria-label={messages.devices.removeLabel(phoneLastDigits(phone))}
              >
                {messages.devices.remove}
              </button>
            </li>
          ))}
        </ul>
      </form>
    </div>
  );
}

const variants = [
  { name: 'light', theme: 'light', messages: enMessages },
  { name: 'dark', theme: 'dark', messages: enMessages },
  { name: 'rtl', theme: 'light', messages: heMessages },
  { name: 'rtl-dark', theme: 'dark', messages: heMessages },
] as const;

describe('component gallery', () => {
  it.each(variants)(
    'looks finished and is axe-clean in $name',
    async ({ name, theme, messages }) => {
      await page.viewport(560, 1300);
      const screen = await render(
        <MfaMessagesProvider messages={messages}>
          <div
            data-theme={theme}
            dir={messages.dir}
            lang={messages.locale}
            style={{ padding: 24, background: 'var(--mfa-color-sunken)' }}
          >
            <Gallery messages={messages} />
          </div>
        </MfaMessagesProvider>,
      );
      const focused = screen.container.querySelector<HTMLInputElement>('#code-focused');
      focused?.focus();
      expect(await axeViolations(screen.container)).toEqual([]);
      await page.screenshot({
        path: `../../test-results/screenshots/gallery-${name}.png`,
        element: screen.container.firstElementChild as HTMLElement,
      });
      // Close-ups, to check alignment and the direction of numbers.
      for (const [part, selector] of [
        ['code-input', '.mfa-field'],
        ['actions', '.mfa-actions'],
        ['devices', '.mfa-device-list'],
      ] as const) {
        await page.screenshot({
          path: `../../test-results/screenshots/${part}-${name}.png`,
          element: screen.container.querySelector(selector) as HTMLElement,
        });
      }
    },
  );
});
