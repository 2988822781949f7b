import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { axe } from 'vitest-axe';
import { QrSetup } from './qr-setup.js';

// jsdom draws no images: the setup key itself is read in the browser (the demo's e2e test).
describe('QrSetup', () => {
  it('shows the QR code with a real alt text, and the setup key only when asked', async () => {
    const { container } = render(<QrSetup qrCode="iVBORw0KGgo=" />);
    expect(
      screen.getByRole('img', { name: 'QR code to scan with your authenticator app' }),
    ).toHaveAttribute('src', 'data:image/png;base64,iVBORw0KGgo=');
    const disclosure = screen.getByRole('button', { name: "Can't scan it?" });
    expect(disclosure).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByText('Setup key')).toBeNull();
    expect(await axe(container)).toHaveNoViolations();
  });

  it('says so clearly, with the way on, when the key cannot be read', async () => {
    const user = userEvent.setup();
    render(<QrSetup qrCode="not-a-png" />);
    await user.click(screen.getByRole('button', { name: "Can't scan it?" }));
    expect(screen.getByRole('button', { name: "Can't scan it?" })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
    expect(await screen.findByRole('alert')).toHaveTextContent(
      "We couldn't read the setup key from the QR code. Scan the code instead, or choose another method.",
    );
  });
});
