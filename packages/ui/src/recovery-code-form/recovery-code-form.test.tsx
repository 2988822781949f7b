import { DEMO_USERS } from '@mfa-kit/mock';
import { mockPaths } from '@mfa-kit/mock/testing';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { axe } from 'vitest-axe';
import { setupMockEnv } from '../test/mock-env.js';
import { renderWithMfa } from '../test/render-with-mfa.js';
import { RecoveryCodeForm } from './recovery-code-form.js';

const env = setupMockEnv();
const owner = DEMO_USERS.passkeyAndRecovery;
const [recoveryCode] = owner.recoveryCodes;

function renderForm() {
  const onRecovered = vi.fn();
  const onRestart = vi.fn();
  const view = renderWithMfa(
    <RecoveryCodeForm
      email={owner.email}
      onRecovered={onRecovered}
      onRestart={onRestart}
      clock={env.clock}
    />,
    { client: env.client() },
  );
  const field = screen.getByRole('textbox', { name: 'Recovery code' });
  return { ...view, onRecovered, onRestart, field, user: userEvent.setup() };
}

const WRONG = "That recovery code didn't work. Check it, or try another of your codes.";
const alert = () => screen.getByRole('alert');
const submit = () => screen.getByRole('button', { name: 'Use recovery code' });

describe('RecoveryCodeForm', { timeout: 30_000 }, () => {
  it('says in plain words that the code turns two-step verification off, and sends nothing yet', async () => {
    const { container, field } = renderForm();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Use a recovery code');
    expect(screen.getByRole('status')).toHaveTextContent(
      /Using it turns two-step verification off: you then sign in again with your password/,
    );
    expect(field).toHaveAccessibleDescription(/Spaces or dashes between the groups are fine\./);
    expect(field).toHaveAttribute('autocomplete', 'off');
    expect(env.requests).toHaveLength(0);
    expect(await axe(container)).toHaveNoViolations();
  });

  it('asks for a code before sending anything', async () => {
    const { user } = renderForm();
    await user.click(submit());
    expect(await screen.findByRole('alert')).toHaveTextContent('Enter a recovery code.');
    expect(env.count(mockPaths.recover)).toBe(0);
  });

  it('takes the code typed with spaces, in one request, then says MFA is off and "Sign in again" restarts', async () => {
    const { field, user, onRecovered, onRestart, container } = renderForm();
    await user.type(field, ` ${recoveryCode.replaceAll('-', ' ')} `);
    await user.click(submit());
    await waitFor(() => expect(onRecovered).toHaveBeenCalledOnce());
    expect(await env.bodies(mockPaths.recover)).toEqual([{ recoveryCode, email: owner.email }]);
    expect(
      await screen.findByText('Two-step verification is off. Sign in again with your password.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
    expect(await axe(container)).toHaveNoViolations();
    await user.click(screen.getByRole('button', { name: 'Sign in again' }));
    expect(onRestart).toHaveBeenCalledOnce();
    expect(env.backend.devices(owner.email).webauthn).toHaveLength(0);
  });

  it('a wrong code: its own message, the code kept and selected; the same code again (spaced differently) is not sent; the right one works', async () => {
    const { field, user, onRecovered, container } = renderForm();
    await user.type(field, 'AAAA-BBBB-CCCC');
    await user.click(submit());
    await waitFor(() => expect(alert()).toHaveTextContent(WRONG));
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(await axe(container)).toHaveNoViolations();
    // Kept for correcting, and selected, so typing a whole new code replaces it.
    expect(field).toHaveValue('AAAA-BBBB-CCCC');
    expect(field).toHaveFocus();
    expect(field).toHaveProperty('selectionStart', 0);
    expect(field).toHaveProperty('selectionEnd', 'AAAA-BBBB-CCCC'.length);

    await user.clear(field);
    await user.type(field, 'AAAA BBBB CCCC');
    await user.click(submit());
    await waitFor(() =>
      expect(alert()).toHaveTextContent(
        "You already tried that recovery code and it didn't work. Check it, or try another of your codes.",
      ),
    );
    expect(env.count(mockPaths.recover)).toBe(1);

    await user.clear(field);
    await user.type(field, recoveryCode);
    await user.click(submit());
    await waitFor(() => expect(onRecovered).toHaveBeenCalledOnce());
    expect(env.count(mockPaths.recover)).toBe(2);
  });
});
