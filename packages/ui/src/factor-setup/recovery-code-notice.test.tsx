import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { axe } from 'vitest-axe';
import { heMessages } from '../messages/he.js';
import { RecoveryCodeNotice } from './recovery-code-notice.js';

const CODE = 'ABCD-1234-EFGH';
const button = (name: string) => screen.getByRole('button', { name });

afterEach(() => vi.restoreAllMocks());

describe('RecoveryCodeNotice', () => {
  it('shows the code once with what it is for; Continue works only once the box is checked', async () => {
    const onContinue = vi.fn();
    const user = userEvent.setup();
    const { container } = render(
      <RecoveryCodeNotice recoveryCode={CODE} onContinue={onContinue} />,
    );
    expect(screen.getByRole('heading', { name: 'Save your recovery code' })).toHaveFocus();
    expect(screen.getByText(CODE)).toBeInTheDocument();
    expect(
      screen.getByText(/lets you sign in and turn two-step verification off/),
    ).toBeInTheDocument();
    expect(button('Continue')).toHaveAttribute('aria-disabled', 'true');
    await user.click(button('Continue'));
    expect(onContinue).not.toHaveBeenCalled();
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Save your recovery code, then check the box',
    );
    await user.click(screen.getByRole('checkbox', { name: "I've saved my recovery code" }));
    expect(screen.queryByRole('alert')).toBeNull();
    await user.click(button('Continue'));
    expect(onContinue).toHaveBeenCalledOnce();
    expect(await axe(container)).toHaveNoViolations();
  });

  it('copies the code and says so; where the clipboard refuses, selects it and says how', async () => {
    const user = userEvent.setup();
    render(<RecoveryCodeNotice recoveryCode={CODE} onContinue={() => {}} />);
    await user.click(button('Copy'));
    await expect(navigator.clipboard.readText()).resolves.toBe(CODE);
    expect(screen.getByText('Copied')).toHaveAttribute('role', 'status');

    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('denied'));
    await user.click(button('Copy'));
    expect(await screen.findByText(/Couldn't copy. The text is selected/)).toHaveAttribute(
      'role',
      'status',
    );
    expect(getSelection()?.toString()).toBe(CODE);
  });

  it('downloads it as mfa-recovery-code.txt from memory, and lets the URL go', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    const blobs: Blob[] = [];
    const createObjectURL = vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:recovery';
    });
    const revokeObjectURL = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const clicks: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicks.push(this);
    });
    render(<RecoveryCodeNotice recoveryCode={CODE} onContinue={() => {}} />);
    button('Download as .txt').click();
    expect(createObjectURL).toHaveBeenCalledOnce();
    expect(clicks[0]).toMatchObject({ download: 'mfa-recovery-code.txt', href: 'blob:recovery' });
    expect(clicks[0]!.isConnected).toBe(false);
    expect(await blobs[0]!.text()).toContain(CODE);
    vi.runAllTimers();
    expect(revokeObjectURL).toHaveBeenCalledWith('blob:recovery');
    vi.useRealTimers();
  });

  it('speaks Hebrew, right to left', () => {
    render(<RecoveryCodeNotice recoveryCode={CODE} onContinue={() => {}} messages={heMessages} />);
    expect(screen.getByRole('form')).toHaveAttribute('dir', 'rtl');
    expect(screen.getByRole('heading')).toHaveTextContent('שמרו את קוד השחזור');
    expect(screen.getByText(CODE)).toHaveAttribute('dir', 'ltr');
  });
});
