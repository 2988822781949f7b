import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { heMessages } from './he.js';
import { MfaMessagesProvider, useMfaMessages } from './messages-context.js';
import type { MfaMessagesOverride } from './messages.js';

function Probe({ override }: { override?: MfaMessagesOverride }) {
  const messages = useMfaMessages(override);
  return (
    <p dir={messages.dir}>
      {messages.verify} / {messages.cancel} / {String(messages.errors.network)}
    </p>
  );
}

describe('MfaMessagesProvider', () => {
  it('gives English without a provider', () => {
    render(<Probe />);
    expect(screen.getByText(/Verify \/ Cancel/)).toHaveAttribute('dir', 'ltr');
  });

  it('gives a whole locale, and nested providers override single texts on top of it', () => {
    render(
      <MfaMessagesProvider messages={heMessages}>
        <MfaMessagesProvider messages={{ cancel: 'חזרה', errors: { network: 'אין רשת.' } }}>
          <Probe />
        </MfaMessagesProvider>
      </MfaMessagesProvider>,
    );
    const text = screen.getByText(/אימות/);
    expect(text).toHaveTextContent('אימות / חזרה / אין רשת.');
    expect(text).toHaveAttribute('dir', 'rtl');
  });

  it('lets a component override win over the provider', () => {
    render(
      <MfaMessagesProvider messages={heMessages}>
        <Probe override={{ verify: 'Continue' }} />
      </MfaMessagesProvider>,
    );
    expect(screen.getByText(/Continue/)).toHaveTextContent('Continue / ביטול');
  });
});
