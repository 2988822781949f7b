import { MfaApiError } from '@mfa-kit/core';
import { act, render, renderHook, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useEffect } from 'react';
import { describe, expect, test, vi } from 'vitest';
import { loginDemoUser, mockPaths, wrongCode } from '@mfa-kit/mock/testing';
import { setupMockEnv } from './test/mock-env.js';
import { mfaProviders, newQueryClient } from './test/render-mfa-hook.js';
import { useEmailMfa } from './use-email-mfa.js';
import { REPEATED_CODE, useMfaCodeForm } from './use-mfa-code-form.js';
import type { MfaCodeFormFlow } from './use-mfa-code-form.js';

const env = setupMockEnv();

/** A minimal code screen as an app would write it, auto-submitting when the code is complete. */
function CodeScreen({
  mfaToken,
  autoSubmit = false,
  keepRefusedCode,
}: {
  mfaToken: string;
  autoSubmit?: boolean;
  keepRefusedCode?: boolean;
}) {
  const mfa = useEmailMfa({ mfaToken, clock: env.clock });
  const { form, onSubmit } = useMfaCodeForm(mfa, { keepRefusedCode });
  const code = form.watch('code');
  useEffect(() => {
    if (autoSubmit && code.length === 6) void onSubmit();
  }, [autoSubmit, code, onSubmit]);
  const codeError = form.formState.errors.code;
  return (
    <form onSubmit={(event) => void onSubmit(event)}>
      <label>
        Code
        <input {...form.register('code')} autoComplete="one-time-code" inputMode="numeric" />
      </label>
      <label>
        <input type="checkbox" {...form.register('rememberDevice')} />
        Remember this device
      </label>
      <p role="alert" data-type={codeError?.type}>
        {codeError?.message}
      </p>
      <p>{mfa.step}</p>
      <button type="submit">Verify</button>
    </form>
  );
}

async function renderScreen(props: { autoSubmit?: boolean; keepRefusedCode?: boolean } = {}) {
  const client = env.client();
  const mfaToken = await loginDemoUser(env.backend);
  const user = userEvent.setup();
  render(<CodeScreen mfaToken={mfaToken} {...props} />, {
    wrapper: mfaProviders({ client, queryClient: newQueryClient() }),
  });
  await screen.findByText('code-sent');
  return {
    user,
    code: screen.getByRole('textbox', { name: 'Code' }),
    remember: screen.getByRole('checkbox'),
  };
}

describe('useMfaCodeForm with useEmailMfa', () => {
  test('submits the code and the remember-device choice to verifyCode', async () => {
    const { user, code, remember } = await renderScreen();
    await user.type(code, env.latestCode());
    await user.click(remember);
    await user.click(screen.getByRole('button', { name: 'Verify' }));
    await screen.findByText('verified');
    const verify = env.requests.find((seen) => seen.path === mockPaths.emailCodeVerify)!;
    expect(await verify.body).toMatchObject({ code: env.latestCode(), rememberDevice: true });
  });

  test('an incomplete code is refused by the schema before any request', async () => {
    const { user, code } = await renderScreen();
    await user.type(code, '123{Enter}');
    expect(await screen.findByText('Enter the 6-digit code.')).toBeInTheDocument();
    expect(env.count(mockPaths.emailCodeVerify)).toBe(0);
  });

  test('a wrong code lands on the field by kind, then the code is cleared and refocused, the choice kept', async () => {
    const { user, code, remember } = await renderScreen();
    await user.click(remember);
    await user.type(code, `${wrongCode(env.latestCode())}{Enter}`);
    const alert = await screen.findByText('Invalid code');
    expect(alert).toHaveAttribute('data-type', 'invalid-code');
    expect(code).toHaveValue('');
    expect(code).toHaveFocus();
    expect(remember).toBeChecked();

    // Typing again clears the message; the right code goes through.
    await user.type(code, `${env.latestCode()}{Enter}`);
    await screen.findByText('verified');
    expect(alert).toBeEmptyDOMElement();
    expect(env.count(mockPaths.emailCodeVerify)).toBe(2);
  });

  test('keepRefusedCode: a wrong code stays in the field, focused and selected for correcting', async () => {
    const { user, code } = await renderScreen({ keepRefusedCode: true });
    const wrong = wrongCode(env.latestCode());
    await user.type(code, `${wrong}{Enter}`);
    await screen.findByText('Invalid code');
    expect(code).toHaveValue(wrong);
    expect(code).toHaveFocus();
    expect(code).toHaveProperty('selectionStart', 0);
    expect(code).toHaveProperty('selectionEnd', wrong.length);

    // Typing replaces the selection: the right code goes through.
    await user.keyboard(`${env.latestCode()}{Enter}`);
    await screen.findByText('verified');
    expect(env.count(mockPaths.emailCodeVerify)).toBe(2);
  });

  test('auto-submit: a wrong code, the same code retyped (not sent), then the right one: 2 checks', async () => {
    const { user, code } = await renderScreen({ autoSubmit: true });
    const wrong = wrongCode(env.latestCode());
    await user.type(code, wrong);
    await screen.findByText('Invalid code');
    await waitFor(() => expect(code).toHaveValue(''));

    await user.type(code, wrong);
    const repeated = await screen.findByText('Code already tried.');
    expect(repeated).toHaveAttribute('data-type', REPEATED_CODE);
    expect(env.count(mockPaths.emailCodeVerify)).toBe(1);

    await user.clear(code);
    await user.type(code, env.latestCode());
    await screen.findByText('verified');
    expect(env.count(mockPaths.emailCodeVerify)).toBe(2);
  });

  test('Enter plus auto-submit verifies once', async () => {
    const { user, code } = await renderScreen({ autoSubmit: true });
    await user.type(code, `${env.latestCode()}{Enter}`);
    await screen.findByText('verified');
    expect(env.count(mockPaths.emailCodeVerify)).toBe(1);
  });
});

describe('useMfaCodeForm error placement', () => {
  const apiError = (kind: MfaApiError['kind'], message: string) =>
    new MfaApiError({ kind, message });

  // The code field's error, read from the form itself: `formState` only updates for what render reads.
  function renderForm(flow: MfaCodeFormFlow, options?: Parameters<typeof useMfaCodeForm>[1]) {
    const view = renderHook((props: MfaCodeFormFlow) => useMfaCodeForm(props, options), {
      initialProps: flow,
    });
    return { ...view, codeError: () => view.result.current.form.getFieldState('code').error };
  }

  test.each(['expired', 'too-many-attempts', 'bad-request'] as const)(
    'a check the server refused as %s (the flow says so) empties the field for a fresh code',
    async (kind) => {
      const verifyCode = vi.fn();
      const isCodeRefused = (code: string) => code === '123456';
      const { result, rerender, codeError } = renderForm({
        verifyCode,
        error: null,
        failedAction: null,
        isCodeRefused,
      });
      act(() => result.current.form.setValue('code', '123456'));
      rerender({
        verifyCode,
        error: apiError(kind, 'Refused'),
        failedAction: 'verify',
        isCodeRefused,
      });
      await waitFor(() => expect(codeError()).toMatchObject({ type: kind, message: 'Refused' }));
      expect(result.current.form.getValues('code')).toBe('');
    },
  );

  test('a check that failed on the way (network) keeps the entered code for the retry', async () => {
    const verifyCode = vi.fn();
    const { result, rerender, codeError } = renderForm({
      verifyCode,
      error: null,
      failedAction: null,
    });
    act(() => result.current.form.setValue('code', '123456'));
    rerender({ verifyCode, error: apiError('network', 'Offline'), failedAction: 'verify' });
    await waitFor(() => expect(codeError()).toMatchObject({ type: 'network' }));
    expect(result.current.form.getValues('code')).toBe('123456');
  });

  test('a code the server refused before is not submitted again: the field says so', async () => {
    const verifyCode = vi.fn();
    const isCodeRefused = (code: string) => code === '111111';
    const { result, codeError } = renderForm({
      verifyCode,
      error: null,
      failedAction: null,
      isCodeRefused,
    });
    act(() => result.current.form.setValue('code', '111111'));
    await act(() => result.current.onSubmit());
    expect(verifyCode).not.toHaveBeenCalled();
    expect(codeError()).toMatchObject({ type: REPEATED_CODE });

    act(() => result.current.form.setValue('code', '222222'));
    await act(() => result.current.onSubmit());
    expect(verifyCode).toHaveBeenCalledExactlyOnceWith({ code: '222222', rememberDevice: false });
  });

  test('a failed send is not the code field’s error, and a new request clears the field error', async () => {
    const verifyCode = vi.fn();
    const { rerender, codeError } = renderForm({ verifyCode, error: null, failedAction: null });
    rerender({ verifyCode, error: apiError('network', 'Network error'), failedAction: 'send' });
    expect(codeError()).toBeUndefined();

    rerender({ verifyCode, error: apiError('server', 'Down'), failedAction: 'verify' });
    await waitFor(() => expect(codeError()).toMatchObject({ type: 'server' }));
    rerender({ verifyCode, error: null, failedAction: null });
    await waitFor(() => expect(codeError()).toBeUndefined());
  });

  test('onSubmit passes valid values to verifyCode and is stable across renders', async () => {
    const verifyCode = vi.fn();
    const { result, rerender } = renderForm({ verifyCode, error: null, failedAction: null });
    const { onSubmit } = result.current;
    rerender({ verifyCode, error: null, failedAction: null });
    expect(result.current.onSubmit).toBe(onSubmit);
    act(() => result.current.form.setValue('code', ' 654321 '));
    await act(() => result.current.onSubmit());
    expect(verifyCode).toHaveBeenCalledWith({ code: '654321', rememberDevice: false });
  });

  test('takes the code length and the remember-device default', async () => {
    const verifyCode = vi.fn();
    const { result, codeError } = renderForm(
      { verifyCode, error: null, failedAction: null },
      { length: 8, rememberDevice: true },
    );
    act(() => result.current.form.setValue('code', '123456'));
    await act(() => result.current.onSubmit());
    expect(verifyCode).not.toHaveBeenCalled();
    expect(codeError()).toMatchObject({ message: 'Enter the 8-digit code.' });
    act(() => result.current.form.setValue('code', '12345678'));
    await act(() => result.current.onSubmit());
    expect(verifyCode).toHaveBeenCalledWith({ code: '12345678', rememberDevice: true });
  });
});
