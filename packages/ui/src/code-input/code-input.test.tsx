import { act, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { axe } from 'vitest-axe';
import { CodeInput } from './code-input.js';
import type { CodeInputProps } from './code-input.js';

function renderCode(props: Partial<CodeInputProps> = {}) {
  const onValueChange = vi.fn<(value: string) => void>();
  const onComplete = vi.fn<(code: string) => void>();
  const view = render(
    <CodeInput
      aria-label="Verification code"
      onValueChange={onValueChange}
      onComplete={onComplete}
      {...props}
    />,
  );
  const input = screen.getByRole('textbox', { name: 'Verification code' });
  const root = view.container.querySelector('.mfa-code') as HTMLElement;
  const slots = () => Array.from(root.querySelectorAll<HTMLElement>('.mfa-code__slot'));
  const shown = () =>
    slots()
      .map((slot) => slot.textContent)
      .join('');
  return {
    ...view,
    input: input as HTMLInputElement,
    root,
    slots,
    shown,
    onValueChange,
    onComplete,
  };
}

describe('CodeInput', () => {
  it('is one real one-time-code input with visual slots', async () => {
    const { input, root, slots, container } = renderCode({ name: 'code' });
    expect(container.querySelectorAll('input')).toHaveLength(1);
    expect(input).toHaveAttribute('autocomplete', 'one-time-code');
    expect(input).toHaveAttribute('inputmode', 'numeric');
    expect(input).toHaveAttribute('pattern', '\\d{6}');
    expect(input).toHaveAttribute('maxlength', '6');
    expect(input).toHaveAttribute('name', 'code');
    expect(input).toHaveAttribute('dir', 'ltr');
    expect(root).toHaveAttribute('dir', 'ltr');
    expect(slots()).toHaveLength(6);
    expect(root.querySelector('.mfa-code__slots')).toHaveAttribute('aria-hidden', 'true');
    expect(await axe(container)).toHaveNoViolations();
  });

  it('draws as many slots as the length asks for', () => {
    const { input, slots } = renderCode({ length: 8 });
    expect(slots()).toHaveLength(8);
    expect(input).toHaveAttribute('pattern', '\\d{8}');
  });

  it('takes typed digits, reports each value and the completed code once', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn<NonNullable<CodeInputProps['onChange']>>();
    const { input, root, shown, onValueChange, onComplete } = renderCode({ onChange });
    await user.type(input, '12345');
    expect(shown()).toBe('12345');
    expect(onValueChange).toHaveBeenLastCalledWith('12345');
    expect(onComplete).not.toHaveBeenCalled();
    expect(root).not.toHaveAttribute('data-complete');

    await user.type(input, '6');
    expect(input).toHaveValue('123456');
    expect(onComplete).toHaveBeenCalledTimes(1);
    expect(onComplete).toHaveBeenCalledWith('123456');
    expect(root).toHaveAttribute('data-complete');
    expect(onChange).toHaveBeenCalledTimes(6);
    expect(onChange.mock.lastCall?.[0].target.value).toBe('123456');
  });

  it('ignores letters, spaces and symbols typed in between', async () => {
    const user = userEvent.setup();
    const { input, shown, onValueChange } = renderCode();
    await user.type(input, '1a b-2😀3');
    expect(input).toHaveValue('123');
    expect(shown()).toBe('123');
    expect(onValueChange.mock.calls.map(([value]) => value)).toEqual(['1', '12', '123']);
  });

  it('sanitises one input event that carries the whole code, as autofill sends it', () => {
    const { input, shown, onComplete } = renderCode();
    fireEvent.change(input, { target: { value: ' 123 456\n' } });
    expect(input).toHaveValue('123456');
    expect(shown()).toBe('123456');
    expect(onComplete).toHaveBeenCalledExactlyOnceWith('123456');
  });

  it.each([
    ['123 456', '123456'],
    ['123-456', '123456'],
    ['１２３４５６', '123456'],
    ['٩٨٧٦٥٤', '987654'],
    ['۱۲۳۴۵۶', '123456'],
    ['Your code is 246810. It expires soon.', '246810'],
  ])('pastes %j as %j', async (text, code) => {
    const user = userEvent.setup();
    const { input, onComplete } = renderCode();
    await user.click(input);
    await user.paste(text);
    expect(input).toHaveValue(code);
    expect(onComplete).toHaveBeenCalledExactlyOnceWith(code);
  });

  it('pastes a megabyte of text without trouble, keeping the first six digits', async () => {
    const user = userEvent.setup();
    const { input } = renderCode();
    await user.click(input);
    await user.paste(`987654${'0'.repeat(1024 * 1024)}`);
    expect(input).toHaveValue('987654');
  });

  it('pastes a partial code at the caret', async () => {
    const user = userEvent.setup();
    const { input } = renderCode({ defaultValue: '12' });
    await user.click(input);
    await user.paste('3 4');
    expect(input).toHaveValue('1234');
  });

  it('ignores a paste without any digit', async () => {
    const user = userEvent.setup();
    const { input, onValueChange } = renderCode({ defaultValue: '12' });
    await user.click(input);
    await user.paste('hello');
    expect(input).toHaveValue('12');
    expect(onValueChange).not.toHaveBeenCalled();
  });

  it('fires onComplete again only after the value changed', async () => {
    const user = userEvent.setup();
    const { input, onComplete } = renderCode();
    await user.click(input);
    await user.paste('123456');
    await user.paste('123456');
    expect(onComplete).toHaveBeenCalledTimes(1);
    await user.keyboard('{Backspace}');
    expect(input).toHaveValue('12345');
    await user.keyboard('6');
    expect(onComplete).toHaveBeenCalledTimes(2);
  });

  it('works controlled, showing only what the parent holds', async () => {
    const user = userEvent.setup();
    function Parent() {
      const [code, setCode] = useState('1');
      return (
        <>
          <CodeInput aria-label="Verification code" value={code} onValueChange={setCode} />
          <output>{code}</output>
          <button type="button" onClick={() => setCode('')}>
            Clear
          </button>
        </>
      );
    }
    render(<Parent />);
    const input = screen.getByRole('textbox');
    await user.type(input, '23');
    expect(screen.getByRole('status')).toHaveTextContent('123');
    await user.click(screen.getByRole('button', { name: 'Clear' }));
    expect(input).toHaveValue('');
  });

  it('sanitises a controlled value before showing it', () => {
    const { input, shown } = renderCode({ value: '12-34 5678' });
    expect(input).toHaveValue('123456');
    expect(shown()).toBe('123456');
  });

  it('stays put when a controlled parent does not take the change', async () => {
    const user = userEvent.setup();
    const { input, onValueChange } = renderCode({ value: '12' });
    await user.type(input, '3');
    expect(onValueChange).toHaveBeenCalledWith('123');
    expect(input).toHaveValue('12');
  });

  it('starts from a sanitised defaultValue when uncontrolled', () => {
    const { input, shown } = renderCode({ defaultValue: '1 2 3' });
    expect(input).toHaveValue('123');
    expect(shown()).toBe('123');
  });

  it('shows the caret in the slot the next digit goes to, only while focused', async () => {
    const user = userEvent.setup();
    const { input, slots } = renderCode({ defaultValue: '12' });
    const active = () => slots().map((slot) => slot.hasAttribute('data-active'));
    expect(active()).toEqual([false, false, false, false, false, false]);
    await user.click(input);
    expect(active()).toEqual([false, false, true, false, false, false]);
    expect(slots()[2]?.querySelector('.mfa-code__caret')).not.toBeNull();
    expect(slots().map((slot) => slot.hasAttribute('data-filled'))).toEqual([
      true,
      true,
      false,
      false,
      false,
      false,
    ]);
    await user.tab();
    expect(active()).toEqual([false, false, false, false, false, false]);
    expect(input.parentElement?.parentElement?.querySelector('.mfa-code__caret')).toBeNull();
  });

  it('selects the last digit of a full code on focus, so typing replaces it', async () => {
    const user = userEvent.setup();
    const { input, slots, onComplete } = renderCode({ defaultValue: '123456' });
    await user.click(input);
    expect(slots()[5]).toHaveAttribute('data-active');
    expect([input.selectionStart, input.selectionEnd]).toEqual([5, 6]);
    await user.keyboard('9');
    expect(input).toHaveValue('123459');
    expect(onComplete).toHaveBeenCalledExactlyOnceWith('123459');
  });

  it('exposes invalid, disabled and complete states as data attributes and ARIA', async () => {
    const { input, root, container, rerender } = renderCode({
      invalid: true,
      defaultValue: '123456',
      className: 'extra',
    });
    expect(root).toHaveClass('mfa-code', 'extra');
    expect(root).toHaveAttribute('data-invalid');
    expect(root).toHaveAttribute('data-complete');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(await axe(container)).toHaveNoViolations();
    rerender(<CodeInput aria-label="Verification code" disabled defaultValue="123456" />);
    expect(root).toHaveAttribute('data-disabled');
    expect(root).not.toHaveAttribute('data-invalid');
    expect(input).toBeDisabled();
    expect(await axe(container)).toHaveNoViolations();
  });

  it('is axe-clean focused, partly filled, masked and described by an error', async () => {
    const user = userEvent.setup();
    const { container } = render(
      <>
        <label htmlFor="code">Code</label>
        <CodeInput id="code" defaultValue="123" masked invalid aria-describedby="code-error" />
        <p id="code-error">That code isn&apos;t right.</p>
      </>,
    );
    const input = screen.getByRole('textbox', { name: 'Code' });
    expect(input).toHaveAccessibleDescription("That code isn't right.");
    await user.click(input);
    expect(await axe(container)).toHaveNoViolations();
  });

  it('draws dots for a masked code but keeps the digits in the value', () => {
    const { input, shown } = renderCode({ defaultValue: '1234', masked: true });
    expect(shown()).toBe('••••');
    expect(input).toHaveValue('1234');
  });

  it('keeps the input and slots left-to-right inside a right-to-left page', () => {
    render(
      <div dir="rtl" lang="he">
        <CodeInput aria-label="קוד אימות" defaultValue="123" />
      </div>,
    );
    const input = screen.getByRole('textbox');
    expect(input).toHaveAttribute('dir', 'ltr');
    expect(input.closest('.mfa-code')).toHaveAttribute('dir', 'ltr');
  });

  it('forwards its ref to the input', () => {
    const ref = createRef<HTMLInputElement>();
    render(<CodeInput aria-label="Verification code" ref={ref} />);
    expect(ref.current).toBe(screen.getByRole('textbox'));
  });

  it('passes focus, blur, key and paste handlers through', async () => {
    const user = userEvent.setup();
    const onFocus = vi.fn();
    const onBlur = vi.fn();
    const onKeyDown = vi.fn();
    const onPaste = vi.fn((event: { preventDefault(): void }) => event.preventDefault());
    const { input } = renderCode({ onFocus, onBlur, onKeyDown, onPaste });
    await user.click(input);
    await user.keyboard('1');
    await user.paste('23');
    await user.tab();
    expect(onFocus).toHaveBeenCalledTimes(1);
    expect(onKeyDown).toHaveBeenCalled();
    expect(onPaste).toHaveBeenCalledTimes(1);
    // The caller prevented the paste, so it changed nothing.
    expect(input).toHaveValue('1');
    expect(onBlur).toHaveBeenCalledTimes(1);
  });

  it('submits its value with a plain form', () => {
    const onSubmit = vi.fn((event: { preventDefault(): void; currentTarget: HTMLFormElement }) => {
      event.preventDefault();
      return new FormData(event.currentTarget).get('code');
    });
    render(
      <form onSubmit={onSubmit} aria-label="Sign in">
        <CodeInput aria-label="Verification code" name="code" defaultValue="123456" />
      </form>,
    );
    fireEvent.submit(screen.getByRole('form'));
    expect(onSubmit.mock.results[0]?.value).toBe('123456');
  });
});

describe('CodeInput with react-hook-form', () => {
  it('works with register: typing, submit, setValue and reset', async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn();
    let form: ReturnType<typeof useForm<{ code: string }>> | undefined;
    function Form() {
      form = useForm<{ code: string }>({ defaultValues: { code: '12' } });
      return (
        <form onSubmit={(event) => void form?.handleSubmit(onSubmit)(event)} aria-label="Sign in">
          <CodeInput
            aria-label="Verification code"
            {...form.register('code', { pattern: /^\d{6}$/ })}
          />
          <button type="submit">Verify</button>
        </form>
      );
    }
    const { container } = render(<Form />);
    const input = screen.getByRole('textbox');
    const shown = () =>
      Array.from(container.querySelectorAll('.mfa-code__slot'), (slot) => slot.textContent).join(
        '',
      );
    await vi.waitFor(() => expect(shown()).toBe('12'));
    await user.click(input);
    await user.paste('3-4 5 6');
    await user.click(screen.getByRole('button', { name: 'Verify' }));
    expect(onSubmit).toHaveBeenCalledWith({ code: '123456' }, expect.anything());

    act(() => form?.setValue('code', '9 8 7'));
    await act(() => Promise.resolve());
    expect(input).toHaveValue('987');
    expect(shown()).toBe('987');

    act(() => form?.reset({ code: '' }));
    await act(() => Promise.resolve());
    expect(input).toHaveValue('');
    expect(shown()).toBe('');
  });

  it('works with Controller', async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn();
    function Form() {
      const { control, handleSubmit } = useForm<{ code: string }>({ defaultValues: { code: '' } });
      return (
        <form onSubmit={(event) => void handleSubmit(onSubmit)(event)} aria-label="Sign in">
          <Controller
            control={control}
            name="code"
            rules={{ minLength: 6 }}
            render={({ field }) => (
              <CodeInput aria-label="Verification code" {...field} onComplete={() => undefined} />
            )}
          />
          <button type="submit">Verify</button>
        </form>
      );
    }
    render(<Form />);
    await user.type(screen.getByRole('textbox'), '12 34 56');
    expect(screen.getByRole('textbox')).toHaveValue('123456');
    await user.click(screen.getByRole('button', { name: 'Verify' }));
    expect(onSubmit).toHaveBeenCalledWith({ code: '123456' }, expect.anything());
  });
});

describe('CodeInput with WebOTP', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    Reflect.deleteProperty(navigator, 'credentials');
  });

  function installWebOtp(code: Promise<{ code: string }>) {
    vi.stubGlobal('OTPCredential', class {});
    const signals: AbortSignal[] = [];
    const get = vi.fn((options: { signal: AbortSignal }) => {
      signals.push(options.signal);
      return code;
    });
    Object.defineProperty(navigator, 'credentials', { value: { get }, configurable: true });
    return { get, signals };
  }

  it('fills the code from the SMS and completes it', async () => {
    installWebOtp(Promise.resolve({ code: '654321' }));
    const { input, onComplete } = renderCode({ webOtp: true });
    await vi.waitFor(() => expect(input).toHaveValue('654321'));
    expect(onComplete).toHaveBeenCalledExactlyOnceWith('654321');
  });

  it('aborts the request on unmount', () => {
    const { signals } = installWebOtp(new Promise(() => undefined));
    const { unmount } = renderCode({ webOtp: true });
    expect(signals).toHaveLength(1);
    expect(signals[0]?.aborted).toBe(false);
    unmount();
    expect(signals[0]?.aborted).toBe(true);
  });

  it('does not ask unless webOtp is set', () => {
    const { get } = installWebOtp(Promise.resolve({ code: '654321' }));
    renderCode();
    expect(get).not.toHaveBeenCalled();
  });

  it('does nothing where the browser has no WebOTP', async () => {
    const { input } = renderCode({ webOtp: true });
    await act(() => Promise.resolve());
    expect(input).toHaveValue('');
  });
});
