import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { axe } from 'vitest-axe';
import { QrSetup } from './qr-setup.js';

// A 1×1 PNG: an image, but no QR code in it.
const PNG_BASE64 =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

// jsdom draws no images: the setup key itself is read in the browser (the demo's e2e test).
describe('QrSetup', () => {
  it('shows the QR code with a real alt text, and the setup key only when asked', async () => {
    const { container } = render(<QrSetup qrCode={`data:image/png;base64,${PNG_BASE64}`} />);
    expect(
      screen.getByRole('img', { name: 'QR code to scan with your authenticator app' }),
    ).toHaveAttribute('src', `data:image/png;base64,${PNG_BASE64}`);
    const disclosure = screen.getByRole('button', { name: "Can't scan it?" });
    expect(disclosure).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByText('Setup key')).toBeNull();
    expect(await axe(container)).toHaveNoViolations();
  });

  it('says so clearly, with the way on, when the key cannot be read', async () => {
    const user = userEvent.setup();
    render(<QrSetup qrCode={PNG_BASE64} />);
    await user.click(screen.getByRole('button', { name: "Can't scan it?" }));
    expect(screen.getByRole('button', { name: "Can't scan it?" })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
    expect(await screen.findByRole('alert')).toHaveTextContent(
      "We couldn't read the setup key from the QR code. Scan the code instead, or choose another method.",
    );
  });

  it('takes a bare base64 PNG too, drawing it as a data URL', () => {
    render(<QrSetup qrCode={PNG_BASE64} />);
    expect(
      screen.getByRole('img', { name: 'QR code to scan with your authenticator app' }),
    ).toHaveAttribute('src', `data:image/png;base64,${PNG_BASE64}`);
  });

  it('says what is wrong, in place of a broken image, for a QR code that is no image', async () => {
    const { container } = render(<QrSetup qrCode="https://tracker.example/qr.png" />);
    expect(screen.queryByRole('img')).toBeNull();
    expect(screen.getByRole('alert')).toHaveTextContent(
      "We couldn't show this QR code. Set up the app again to get a new one, or choose another method.",
    );
    expect(await axe(container)).toHaveNoViolations();
  });
});
