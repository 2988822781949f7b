import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useRef, useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { useCodeField } from './use-code-field.js';
import type { UseCodeFieldOptions } from './use-code-field.js';

/** A design system's own field: a plain label, input, hint and error, styled by class names only. */
function PlainCodeField(props: UseCodeFieldOptions & { onRender?: () => void }) {
  const { onRender, ...options } = props;
  onRender?.();
  const ref = useRef<HTMLInputElement>(null);
  const field = useCodeField(
    { description: true, errorMessage: props.invalid ? 'wrong' : undefined, ...options },
    ref,
  );
  return (
    <div>
      <label id={field.labelProps.id} htmlFor={field.labelProps.htmlFor}>
        Code
      </label>
      <input ref={ref} {...field.inputProps} className="rounded border" />
      <p {...field.descriptionProps}>Enter the 6-digit code.</p>
      {props.invalid && <p {...field.errorMessageProps}>That code didn't work.</p>}
      <output data-testid="state">
        {field.value}|{String(field.isComplete)}
      </output>
      <output data-testid="slots">
        {field.slots.map((slot) => `${slot.char ?? '_'}${slot.caret ? '^' : ''}`).join(' ')}
      </output>
    </div>
  );
}

describe('useCodeField on a plain input', () => {
  it('hands out the slots to draw: digits, and the caret where the next digit goes', async () => {
    const user = userEvent.setup();
    render(<PlainCodeField length={4} />);
    expect(screen.getByTestId('slots')).toHaveTextContent('_ _ _ _');
    await user.type(screen.getByRole('textbox'), '12');
    expect(screen.getByTestId('slots')).toHaveTextContent('1 2 _^ _');
  });

  it('gives the input what autofill, mobile keyboards and screen readers need', () => {
    render(<PlainCodeField />);
    const input = screen.getByRole('textbox', { name: 'Code' });
    expect(input).toHaveAttribute('autocomplete', 'one-time-code');
    expect(input).toHaveAttribute('inputmode', 'numeric');
    expect(input).toHaveAttribute('maxlength', '6');
    expect(input).toHaveAttribute('pattern', '\\d{6}');
    expect(input).toHaveAccessibleDescription('Enter the 6-digit code.');
    expect(input).not.toHaveAttribute('aria-invalid');
  });

  it('adds the error to the description while invalid, after ids of your own', () => {
    render(<PlainCodeField invalid aria-describedby="extra" />);
    const input = screen.getByRole('textbox', { name: 'Code' });
    expect(input).toHaveAttribute('aria-invalid', 'true');
    const ids = input.getAttribute('aria-describedby')?.split(' ');
    expect(ids?.[0]).toBe('extra');
    expect(input).toHaveAccessibleDescription("That code didn't work. Enter the 6-digit code.");
  });

  it('sanitises typing and paste, reports each value and the completed code once', async () => {
    const user = userEvent.setup();
    const onValueChange = vi.fn();
    const onComplete = vi.fn();
    render(<PlainCodeField onValueChange={onValueChange} onComplete={onComplete} />);
    const input = screen.getByRole('textbox');
    await user.type(input, '1a2-3');
    expect(input).toHaveValue('123');
    await user.paste('４ 5 6 7');
    expect(input).toHaveValue('123456');
    expect(screen.getByTestId('state')).toHaveTextContent('123456|true');
    expect(onValueChange.mock.calls.map(([code]) => code as string)).toEqual([
      '1',
      '12',
      '123',
      '123456',
    ]);
    expect(onComplete).toHaveBeenCalledExactlyOnceWith('123456');
  });

  it('renders once per typed digit', async () => {
    const user = userEvent.setup();
    let renders = 0;
    render(<PlainCodeField onRender={() => (renders += 1)} />);
    const input = screen.getByRole('textbox');
    await user.click(input);
    const before = renders;
    await user.keyboard('1234');
    expect(renders - before).toBe(4);
  });

  it('works controlled', async () => {
    const user = userEvent.setup();
    function Controlled() {
      const [code, setCode] = useState('9');
      return <PlainCodeField value={code} onValueChange={setCode} length={4} />;
    }
    render(<Controlled />);
    const input = screen.getByRole('textbox');
    expect(input).toHaveValue('9');
    await user.type(input, '87x6');
    expect(input).toHaveValue('9876');
  });

  it('takes your id for the input and wires the label to it', () => {
    render(<PlainCodeField id="otp" />);
    expect(screen.getByLabelText('Code')).toHaveAttribute('id', 'otp');
  });
});
