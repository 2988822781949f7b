import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CodeForm } from '../code-form/code-form.js';
import { emailInText, phoneInText } from '../mask/in-text.js';
import { heMessages } from './he.js';
import { ltrRun, MessageText } from './ltr-run.js';
import { MfaMessagesProvider } from './messages-context.js';

const runsIn = (element: HTMLElement) =>
  Array.from(element.querySelectorAll('bdi'), (run) => ({
    text: run.textContent,
    dir: run.getAttribute('dir'),
    translate: run.getAttribute('translate'),
  }));

describe('MessageText', () => {
  it('draws each left-to-right run as an isolated, untranslated element, the sentence read as one text', () => {
    const { container } = render(
      <p>
        <MessageText
          text={`Codes go to ${phoneInText('+1 (555) 123-4567')} and ${emailInText('jane@example.com')}.`}
        />
      </p>,
    );
    const sentence = container.querySelector('p') as HTMLElement;
    expect(sentence.textContent).toBe('Codes go to •••• 4567 and j•••e@example.com.');
    expect(runsIn(sentence)).toEqual([
      { text: '•••• 4567', dir: 'ltr', translate: 'no' },
      { text: 'j•••e@example.com', dir: 'ltr', translate: 'no' },
    ]);
  });

  it('leaves a text without runs as it is', () => {
    const { container } = render(
      <p>
        <MessageText text={'Plain, with an isolated \u20684:59\u2069 countdown.'} />
      </p>,
    );
    expect(container.querySelector('p')?.innerHTML).toBe(
      'Plain, with an isolated \u20684:59\u2069 countdown.',
    );
  });

  it('keeps marks a message cut apart as text, and shows all of it', () => {
    // A message of the app's own that cut the value: its marks no longer pair, so nothing is drawn as a run.
    const cut = `Sent to ${ltrRun('•••• 4567').slice(0, 6)}`;
    const { container } = render(
      <p>
        <MessageText text={cut} />
      </p>,
    );
    expect(container.querySelector('p')?.textContent).toBe(cut);
    expect(container.querySelector('bdi')).toBeNull();
  });
});

describe('a masked number in a sentence of a code form', () => {
  it('in Hebrew, is a left-to-right run inside the right-to-left status line', () => {
    render(
      <MfaMessagesProvider messages={heMessages}>
        <CodeForm
          view={{
            stage: 'code',
            busy: false,
            status: heMessages.sms.sentTo(phoneInText('+972 50-123-4567')),
          }}
          step="code-sent"
          title={heMessages.sms.title}
          onSubmit={() => undefined}
        />
      </MfaMessagesProvider>,
    );
    expect(screen.getByRole('form')).toHaveAttribute('dir', 'rtl');
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent(/^שלחנו קוד בהודעת SMS אל •••• 4567\.$/);
    expect(runsIn(status)).toEqual([{ text: '•••• 4567', dir: 'ltr', translate: 'no' }]);
  });
});
