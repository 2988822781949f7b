import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import { useForm } from 'react-hook-form';
import { describe, expect, it, vi } from 'vitest';
import { axe } from 'vitest-axe';
import { heMessages } from '../messages/he.js';
import { MfaMessagesProvider } from '../messages/messages-context.js';
import { RememberDeviceCheckbox } from './remember-device-checkbox.js';

describe('RememberDeviceCheckbox', () => {
  it('is a native checkbox named by its label, for 14 days by default', async () => {
    const { container } = render(<RememberDeviceCheckbox />);
    const checkbox = screen.getByRole('checkbox', {
      name: "Don't ask again on this device for 14 days",
    });
    expect(checkbox.tagName).toBe('INPUT');
    expect(checkbox.closest('label')).toHaveClass('mfa-checkbox');
    expect(await axe(container)).toHaveNoViolations();
  });

  it.each([
    [1, "Don't ask again on this device for 1 day"],
    [2, "Don't ask again on this device for 2 days"],
    [30.9, "Don't ask again on this device for 30 days"],
    [0, "Don't ask again on this device"],
    [Number.NaN, "Don't ask again on this device"],
    [null, "Don't ask again on this device"],
  ])('words %s days as %j', (days, label) => {
    render(<RememberDeviceCheckbox days={days} />);
    expect(screen.getByRole('checkbox')).toHaveAccessibleName(label);
  });

  it('toggles by keyboard and by clicking its text', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<RememberDeviceCheckbox onChange={onChange} />);
    const checkbox = screen.getByRole('checkbox');
    await user.click(screen.getByText(/Don't ask again/));
    expect(checkbox).toBeChecked();
    await user.keyboard(' ');
    expect(checkbox).not.toBeChecked();
    expect(onChange).toHaveBeenCalledTimes(2);
  });

  it('forwards its ref and input props, and shows disabled as data-disabled', async () => {
    const ref = createRef<HTMLInputElement>();
    const { container } = render(
      <RememberDeviceCheckbox
        ref={ref}
        name="remember"
        defaultChecked
        disabled
        className="extra"
      />,
    );
    const checkbox = screen.getByRole('checkbox');
    expect(ref.current).toBe(checkbox);
    expect(checkbox).toHaveAttribute('name', 'remember');
    expect(checkbox).toBeChecked();
    expect(checkbox).toBeDisabled();
    expect(checkbox.closest('label')).toHaveAttribute('data-disabled');
    expect(checkbox.closest('label')).toHaveClass('mfa-checkbox', 'extra');
    expect(await axe(container)).toHaveNoViolations();
  });

  it('works with react-hook-form register', async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn();
    function Form() {
      const { register, handleSubmit } = useForm({ defaultValues: { rememberDevice: true } });
      return (
        <form onSubmit={(event) => void handleSubmit(onSubmit)(event)}>
          <RememberDeviceCheckbox {...register('rememberDevice')} />
          <button type="submit">Verify</button>
        </form>
      );
    }
    render(<Form />);
    expect(screen.getByRole('checkbox')).toBeChecked();
    await user.click(screen.getByRole('checkbox'));
    await user.click(screen.getByRole('button'));
    expect(onSubmit).toHaveBeenCalledWith({ rememberDevice: false }, expect.anything());
  });

  it('speaks Hebrew inside a Hebrew provider, with a messages prop winning over it', async () => {
    const { container, rerender } = render(
      <MfaMessagesProvider messages={heMessages}>
        <div dir="rtl" lang="he">
          <RememberDeviceCheckbox days={2} />
        </div>
      </MfaMessagesProvider>,
    );
    expect(screen.getByRole('checkbox')).toHaveAccessibleName(
      'לא לשאול שוב במכשיר הזה במשך יומיים',
    );
    expect(await axe(container)).toHaveNoViolations();
    rerender(
      <MfaMessagesProvider messages={heMessages}>
        <RememberDeviceCheckbox
          days={2}
          messages={{ rememberDevice: (days) => `Remember me (${days})` }}
        />
      </MfaMessagesProvider>,
    );
    expect(screen.getByRole('checkbox')).toHaveAccessibleName('Remember me (2)');
  });
});
