import { useId } from 'react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, waitFor } from 'storybook/test';
import { errorMessage } from '../messages/error-message.js';
import { useMfaMessages } from '../messages/messages-context.js';
import { CodeInput } from './code-input.js';
import type { CodeInputProps } from './code-input.js';

/** The field as a form shows it: a visible label, the hint, and the error when there is one. */
function CodeField({ error, ...props }: CodeInputProps & { error?: string }) {
  const text = useMfaMessages();
  const id = useId();
  const length = props.length ?? 6;
  return (
    <div className="mfa-field">
      <label className="mfa-label" htmlFor={`${id}-code`}>
        {text.codeLabel}
      </label>
      <CodeInput
        id={`${id}-code`}
        aria-describedby={error ? `${id}-error ${id}-hint` : `${id}-hint`}
        {...props}
      />
      <p id={`${id}-hint`} className="mfa-hint">
        {text.codeHint(length)}
      </p>
      {error && (
        <p id={`${id}-error`} className="mfa-error">
          {error}
        </p>
      )}
    </div>
  );
}

const meta = {
  title: 'Primitives/CodeInput',
  component: CodeInput,
  render: (args) => <CodeField {...args} />,
  args: {
    length: 6,
    onChange: fn(),
    onValueChange: fn(),
    onComplete: fn(),
  },
  argTypes: {
    value: { control: 'text' },
    defaultValue: { control: 'text' },
  },
} satisfies Meta<typeof CodeInput>;

export default meta;
type Story = StoryObj<typeof meta>;

/** One real one-time-code input under six drawn slots. */
export const Empty: Story = {
  play: async ({ canvas, messages }) => {
    const input = canvas.getByRole('textbox', { name: messages.codeLabel });
    await expect(input).toHaveValue('');
    await expect(input).toHaveAttribute('autocomplete', 'one-time-code');
    await expect(input).toHaveAttribute('inputmode', 'numeric');
    await expect(input).toHaveAccessibleDescription(messages.codeHint(6));
  },
};

export const PartlyFilled: Story = {
  args: { defaultValue: '123' },
};

export const Complete: Story = {
  args: { defaultValue: '123456' },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('.mfa-code')).toHaveAttribute('data-complete');
  },
};

/** After a wrong code: marked invalid, the message linked to the input. */
export const Invalid: Story = {
  args: { defaultValue: '123456', invalid: true },
  render: (args, { messages }) => (
    <CodeField {...args} error={errorMessage(messages, 'invalid-code')} />
  ),
  play: async ({ canvas, messages }) => {
    const input = canvas.getByRole('textbox', { name: messages.codeLabel });
    await expect(input).toBeInvalid();
    await expect(input).toHaveAccessibleDescription(
      `${errorMessage(messages, 'invalid-code')} ${messages.codeHint(6)}`,
    );
  },
};

export const Disabled: Story = {
  args: { defaultValue: '12', disabled: true },
  play: async ({ canvas, messages, userEvent }) => {
    const input = canvas.getByRole('textbox', { name: messages.codeLabel });
    await expect(input).toBeDisabled();
    await userEvent.type(input, '34');
    await expect(input).toHaveValue('12');
  },
};

/** Each digit drawn as a dot; the value itself is unchanged. */
export const Masked: Story = {
  args: { defaultValue: '1234', masked: true },
  play: async ({ canvas, canvasElement, messages }) => {
    const slots = Array.from(
      canvasElement.querySelectorAll('.mfa-code__slot'),
      (slot) => slot.textContent,
    );
    await expect(slots).toEqual(['•', '•', '•', '•', '', '']);
    await expect(canvas.getByRole('textbox', { name: messages.codeLabel })).toHaveValue('1234');
  },
};

/** In a right-to-left page the digits still read left to right. */
export const RightToLeft: Story = {
  globals: { locale: 'he' },
  args: { defaultValue: '1234' },
  play: async ({ canvas, canvasElement, messages }) => {
    const input = canvas.getByRole('textbox', { name: messages.codeLabel });
    await expect(input.closest('[dir="rtl"]')).not.toBeNull();
    await expect(input).toHaveAttribute('dir', 'ltr');
    const slots = Array.from(canvasElement.querySelectorAll<HTMLElement>('.mfa-code__slot'));
    const [first, second] = slots.map((slot) => slot.getBoundingClientRect().left);
    await expect(first).toBeLessThan(second ?? 0);
    await expect(slots[0]).toHaveTextContent('1');
  },
};

export const Dark: Story = {
  globals: { theme: 'dark' },
  args: { defaultValue: '1234' },
};

/** Typing and a paste with spaces and dashes, as a user would; the code completes once. */
export const TypeAndPaste: Story = {
  play: async ({ args, canvas, messages, userEvent }) => {
    const input = canvas.getByRole('textbox', { name: messages.codeLabel });
    await userEvent.click(input);
    await userEvent.keyboard('12');
    await expect(input).toHaveValue('12');
    await userEvent.paste(' 3-4 56\n');
    await expect(input).toHaveValue('123456');
    await waitFor(() => expect(args.onComplete).toHaveBeenCalledOnce());
    await expect(args.onComplete).toHaveBeenCalledWith('123456');
    await expect(canvas.getByText('6', { selector: '.mfa-code__slot' })).toBeVisible();
  },
};

/** Letters are dropped, full-width and Arabic-Indic digits become ASCII. */
export const SanitisesInput: Story = {
  play: async ({ args, canvas, messages, userEvent }) => {
    const input = canvas.getByRole('textbox', { name: messages.codeLabel });
    await userEvent.click(input);
    await userEvent.paste('１２a٣٤');
    await expect(input).toHaveValue('1234');
    await expect(args.onValueChange).toHaveBeenLastCalledWith('1234');
    await expect(args.onComplete).not.toHaveBeenCalled();
  },
};

export const FourDigits: Story = {
  args: { length: 4, defaultValue: '98' },
};
