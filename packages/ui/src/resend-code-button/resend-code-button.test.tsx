import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { axe } from 'vitest-axe';
import { heMessages } from '../messages/he.js';
import { ResendCodeButton } from './resend-code-button.js';
import type { ResendCodeButtonProps } from './resend-code-button.js';

function renderButton(props: Partial<ResendCodeButtonProps> = {}) {
  const onResend = vi.fn();
  const view = render(<ResendCodeButton secondsLeft={0} onResend={onResend} {...props} />);
  const rerender = (next: Partial<ResendCodeButtonProps>) =>
    view.rerender(<ResendCodeButton secondsLeft={0} onResend={onResend} {...props} {...next} />);
  return {
    ...view,
    rerender,
    onResend,
    button: screen.getByRole('button'),
    status: screen.getByRole('status'),
  };
}

describe('ResendCodeButton', () => {
  it('shows the countdown while waiting, stays focusable but does nothing', async () => {
    const user = userEvent.setup();
    const { button, onResend, container } = renderButton({ secondsLeft: 27 });
    expect(button).toHaveTextContent('Resend code in 0:27');
    expect(button).toHaveAccessibleName('Resend code');
    expect(button).toHaveAttribute('aria-disabled', 'true');
    expect(button).toHaveAttribute('data-waiting');
    expect(button).not.toBeDisabled();
    await user.tab();
    expect(button).toHaveFocus();
    await user.keyboard('{Enter}');
    await user.click(button);
    expect(onResend).not.toHaveBeenCalled();
    expect(await axe(container)).toHaveNoViolations();
  });

  it('formats longer waits in minutes, rounding up', () => {
    const { button } = renderButton({ secondsLeft: 89.2 });
    expect(button).toHaveTextContent('Resend code in 1:30');
  });

  it('resends on click or Enter once the wait is over', async () => {
    const user = userEvent.setup();
    const { button, onResend, container } = renderButton();
    expect(button).toHaveTextContent(/^Resend code$/);
    expect(button).not.toHaveAttribute('aria-disabled');
    await user.click(button);
    button.focus();
    await user.keyboard('{Enter}');
    expect(onResend).toHaveBeenCalledTimes(2);
    expect(await axe(container)).toHaveNoViolations();
  });

  it('announces once, politely, when the wait ends, not every second and not on mount', () => {
    const { status, rerender } = renderButton({ secondsLeft: 3 });
    expect(status).toHaveAttribute('aria-live', 'polite');
    expect(status).toBeEmptyDOMElement();
    rerender({ secondsLeft: 2 });
    rerender({ secondsLeft: 1 });
    expect(status).toBeEmptyDOMElement();
    rerender({ secondsLeft: 0 });
    expect(status).toHaveTextContent('You can request a new code now.');
    rerender({ secondsLeft: 0, className: 'x' });
    expect(status).toHaveTextContent('You can request a new code now.');
  });

  it('says nothing when ready from the start', () => {
    const { status } = renderButton();
    expect(status).toBeEmptyDOMElement();
  });

  it('shows a pending resend, then stays quiet when it fails', async () => {
    const user = userEvent.setup();
    const { button, status, rerender, onResend } = renderButton({ secondsLeft: 1 });
    rerender({ secondsLeft: 0 });
    expect(status).not.toBeEmptyDOMElement();
    rerender({ secondsLeft: 0, pending: true });
    expect(button).toHaveTextContent('Sending a new code…');
    expect(button).toHaveAttribute('aria-disabled', 'true');
    expect(button).toHaveAttribute('data-pending');
    expect(status).toBeEmptyDOMElement();
    await user.click(button);
    expect(onResend).not.toHaveBeenCalled();
    rerender({ secondsLeft: 0, pending: false });
    expect(status).toBeEmptyDOMElement();
  });

  it('does nothing while disabled, keeping focus', async () => {
    const user = userEvent.setup();
    const { button, onResend } = renderButton({ disabled: true });
    expect(button).toHaveAttribute('aria-disabled', 'true');
    button.focus();
    await user.keyboard('{Enter}');
    expect(button).toHaveFocus();
    expect(onResend).not.toHaveBeenCalled();
  });

  it('forwards its ref, class and button props', () => {
    const ref = createRef<HTMLButtonElement>();
    render(
      <ResendCodeButton
        ref={ref}
        secondsLeft={0}
        onResend={() => undefined}
        className="extra"
        id="resend"
      />,
    );
    const button = screen.getByRole('button');
    expect(ref.current).toBe(button);
    expect(button).toHaveClass('mfa-button', 'mfa-resend', 'extra');
    expect(button).toHaveAttribute('id', 'resend');
    expect(button).toHaveAttribute('type', 'button');
  });

  it('reads Hebrew from its messages prop', async () => {
    const { button, container, rerender, status } = renderButton({
      secondsLeft: 5,
      messages: heMessages,
    });
    expect(button).toHaveTextContent('שליחת קוד חדש בעוד \u20680:05\u2069');
    rerender({ secondsLeft: 0, messages: heMessages });
    expect(status).toHaveTextContent('אפשר לבקש קוד חדש עכשיו.');
    expect(await axe(container)).toHaveNoViolations();
  });
});
