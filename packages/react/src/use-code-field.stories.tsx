import type { Meta, StoryObj } from '@storybook/react-vite';
import { useRef } from 'react';
import { expect, fn, userEvent } from 'storybook/test';
import { useCodeField } from './use-code-field.js';
import type { UseCodeFieldOptions } from './use-code-field.js';
import './use-code-field.stories.css';

/** A field of your own design system: a label, a plain input and its texts, styled with utility classes. */
function UtilityClassCodeField(options: UseCodeFieldOptions) {
  const ref = useRef<HTMLInputElement>(null);
  const field = useCodeField({ description: true, errorMessage: options.invalid, ...options }, ref);
  return (
    <div className="grid max-w-xs gap-1.5">
      <label
        id={field.labelProps.id}
        htmlFor={field.labelProps.htmlFor}
        className="text-sm font-medium"
      >
        One-time code
      </label>
      <input
        ref={ref}
        {...field.inputProps}
        className="h-11 w-full rounded-md border bg-transparent text-inherit px-3 font-mono text-xl tracking-widest outline-none focus-visible:ring-2 aria-invalid:border-red-700"
      />
      <p {...field.descriptionProps} className="text-sm text-muted">
        Enter the {field.inputProps.maxLength}-digit code we emailed you.
      </p>
      {options.invalid && (
        <p {...field.errorMessageProps} className="text-sm text-red-700">
          That code didn't work. Check it, or ask for a new one.
        </p>
      )}
    </div>
  );
}

/**
 * `useCodeField` gives your own `<input>` the kit's code-field behaviour (autofill, numeric keyboards,
 * sanitising of typing and paste, WebOTP, label and description wiring) as props to spread, the way React
 * Aria's hooks do; the look is yours. `CodeInput` of `@mfa-kit/ui` is built on it.
 */
const meta = {
  title: 'Headless/useCodeField',
  component: UtilityClassCodeField,
  args: { length: 6, onValueChange: fn(), onComplete: fn() },
} satisfies Meta<typeof UtilityClassCodeField>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Typing, paste and autofill are sanitised; a full code completes once. */
export const UtilityClasses: Story = {
  play: async ({ canvas, args }) => {
    const input = canvas.getByRole('textbox', { name: 'One-time code' });
    await expect(input).toHaveAttribute('autocomplete', 'one-time-code');
    await expect(input).toHaveAttribute('inputmode', 'numeric');
    await expect(input).toHaveAccessibleDescription('Enter the 6-digit code we emailed you.');
    await userEvent.type(input, '12a3 4-5');
    await expect(input).toHaveValue('12345');
    await userEvent.type(input, '６');
    await expect(input).toHaveValue('123456');
    await expect(args.onComplete).toHaveBeenCalledOnce();
    await expect(args.onComplete).toHaveBeenCalledWith('123456');
  },
};

/** A refused code: `aria-invalid`, and the error joins the description. */
export const Invalid: Story = {
  args: { invalid: true, defaultValue: '123456' },
  play: async ({ canvas }) => {
    const input = canvas.getByRole('textbox', { name: 'One-time code' });
    await expect(input).toHaveAttribute('aria-invalid', 'true');
    await expect(input).toHaveAccessibleDescription(
      "That code didn't work. Check it, or ask for a new one. Enter the 6-digit code we emailed you.",
    );
  },
};

/** Four digits: the length sets `maxLength` and `pattern`. */
export const FourDigits: Story = {
  args: { length: 4 },
};
