import type { Meta, StoryContext, StoryObj } from '@storybook/react-vite';
import { expect, fn, waitFor } from 'storybook/test';
import type { AuthResponse } from '@mfa-kit/core';
import { mockPaths, wrongCode } from '@mfa-kit/mock/testing';
import { useEmailMfa } from '@mfa-kit/react';
import { errorMessage } from '../messages/error-message.js';
import { useMfaMessages } from '../messages/messages-context.js';
import { CodeFields } from './code-fields.js';
import { CodeForm } from './code-form.js';
import { useCodeForm } from './use-code-form.js';

// A design system's own look: the kit's tokens set to the brand's, and its states styled through the data-*
// attributes the parts expose (data-stage on the form, data-invalid on the field, data-pending on a button).
const BRAND_STYLES = `
.brand-step {
  --mfa-color-primary: #6d28d9;
  --mfa-color-primary-hover: #5b21b6;
  --mfa-color-ring: rgb(109 40 217 / 0.3);
  --mfa-radius: 0;
  --mfa-radius-lg: 0;
  --mfa-code-gap: 0.25rem;
  border-inline-start: 0.375rem solid var(--mfa-color-primary);
}
.brand-step[data-stage='done'] { border-inline-start-color: var(--mfa-color-success); }
.brand-step [data-invalid] .mfa-label { color: var(--mfa-color-danger); }
.brand-step .mfa-button[data-pending] { opacity: 0.7; }
`;

interface BrandCodeStepProps {
  mfaToken: string;
  onVerified: (auth: AuthResponse) => void;
}

/** An email-code step of an app's own design: the headless hook, wired to the exported parts by `useCodeForm`. */
function BrandCodeStep({ mfaToken, onVerified }: BrandCodeStepProps) {
  const messages = useMfaMessages();
  const email = useEmailMfa({ mfaToken, onVerified });
  const { view, formProps, fieldsProps } = useCodeForm(email, {
    done: email.step === 'verified',
    texts: {
      sent: 'We emailed you a code. It is good for 10 minutes.',
      done: "You're in.",
      submit: 'Continue',
      submitting: 'Checking…',
      signInExpired: messages.signInExpired,
    },
    length: 6,
  });
  return (
    <>
      <style>{BRAND_STYLES}</style>
      <CodeForm {...formProps} title="Confirm it's you" className="brand-step">
        {view.stage === 'code' && <CodeFields {...fieldsProps} />}
      </CodeForm>
    </>
  );
}

/** The code the mock emailed last, once the step says it was sent. */
async function emailedCode({ canvas, mock }: StoryContext): Promise<string> {
  await canvas.findByText(/We emailed you a code/);
  const code = mock.outbox.latest({ channel: 'email' })?.code;
  if (code === undefined) throw new Error('The step says a code was sent, but the mock sent none.');
  return code;
}

const meta = {
  title: 'Compose/Own design system',
  component: BrandCodeStep,
  // The login's mfaToken comes from the story's own mock backend, where the demo user signed in.
  render: (args, { demoSession }) => <BrandCodeStep {...args} mfaToken={demoSession.mfaToken} />,
  args: { mfaToken: '', onVerified: fn() },
  argTypes: {
    mfaToken: { control: false, description: 'Set by the story: a sign-in on its mock backend.' },
  },
  parameters: {
    docs: { story: { inline: false, iframeHeight: 480 } },
  },
} satisfies Meta<typeof BrandCodeStep>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * A wrong code, then the right one: the parts keep the kit's behaviour (the alert with its way forward, the field
 * marked invalid, one request per code) under the app's words and look.
 */
export const WrongThenRight: Story = {
  play: async (context) => {
    const { args, canvas, canvasElement, messages, userEvent, apiRequests } = context;
    const code = await emailedCode(context);
    const input = canvas.getByRole('textbox', { name: messages.codeLabel });
    await expect(input).toHaveFocus();
    const form = canvasElement.querySelector('form');
    await expect(form).toHaveAttribute('data-stage', 'code');

    await userEvent.type(input, wrongCode(code));
    await expect(await canvas.findByRole('alert')).toHaveTextContent(
      errorMessage(messages, 'invalid-code'),
    );
    await expect(input.closest('.mfa-field')).toHaveAttribute('data-invalid', 'true');
    await expect(apiRequests.count(mockPaths.emailCodeVerify)).toBe(1);

    await waitFor(() => expect(input).toHaveValue(''));
    await userEvent.type(input, code);
    await waitFor(() => expect(canvas.getByText("You're in.")).toHaveFocus());
    await expect(form).toHaveAttribute('data-stage', 'done');
    await expect(args.onVerified).toHaveBeenCalledOnce();
    await expect(apiRequests.count(mockPaths.emailCodeVerify)).toBe(2);
  },
};
