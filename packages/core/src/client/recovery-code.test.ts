import { DEMO_USERS } from '@mfa-kit/mock';
import { describe, expect, it } from 'vitest';
import { createMfaClient } from './create-client.js';
import type { MfaApiError } from './errors.js';
import { fakeFetch, json } from './test-fetch.js';
import { mockClient, useMockBackend } from '../test/mock-backend.js';

const BASE = 'https://app-xxx.frontegg.com/identity';
const user = DEMO_USERS.passkeyAndRecovery;

describe('recoveryCode requests', () => {
  it('redeem posts exactly { recoveryCode, email } and resolves with nothing', async () => {
    const { fetch, requests } = fakeFetch(() => new Response(null, { status: 200 }));
    const client = createMfaClient({ baseUrl: BASE, fetch });
    await expect(
      client.recoveryCode.redeem({ email: 'a@b.c', recoveryCode: 'ABCD-EFGH-JKLM' }),
    ).resolves.toBeUndefined();
    const [request] = requests;
    expect(request?.method).toBe('POST');
    expect(request?.url.href).toBe(`${BASE}/resources/auth/v1/user/mfa/recover`);
    expect(request?.body).toBe('{"recoveryCode":"ABCD-EFGH-JKLM","email":"a@b.c"}');
  });

  it.each([
    ['an empty recoveryCode', { email: 'a@b.c', recoveryCode: '' }, 'recoveryCode'],
    ['no email', { recoveryCode: 'ABCD' }, 'email'],
  ])('redeem rejects %s as invalid-input, sending nothing', async (_label, input, field) => {
    const { fetch } = fakeFetch(() => json(200, {}));
    const client = createMfaClient({ baseUrl: BASE, fetch });
    await expect(
      client.recoveryCode.redeem(input as Parameters<typeof client.recoveryCode.redeem>[0]),
    ).rejects.toMatchObject({
      kind: 'invalid-input',
      message: expect.stringContaining(field) as unknown,
    });
    expect(fetch).not.toHaveBeenCalled();
  });

  it('keeps the recovery code out of the error when a server echoes it', async () => {
    const { fetch } = fakeFetch(() =>
      json(400, { errors: ['Recovery code ABCD-EFGH-JKLM is not valid'], errorCode: 'ER-0' }),
    );
    const error = (await createMfaClient({ baseUrl: BASE, fetch })
      .recoveryCode.redeem({ email: 'a@b.c', recoveryCode: 'ABCD-EFGH-JKLM' })
      .catch((reason: unknown) => reason)) as MfaApiError;
    expect(error).toMatchObject({
      kind: 'invalid-code',
      message: 'Recovery code *** is not valid',
    });
  });
});

describe('recoveryCode against the mock backend', () => {
  const backend = useMockBackend();

  it('removes MFA: the next password login signs straight in', async () => {
    const client = mockClient();
    await client.recoveryCode.redeem({ email: user.email, recoveryCode: user.recoveryCodes[0] });
    const login = await client.auth.login({ email: user.email, password: user.password });
    expect(login).toMatchObject({ mfaRequired: false, mfaEnrolled: false });
    expect(login.accessToken?.split('.')).toHaveLength(3);
  });

  it('classifies a wrong code as invalid-code with no error-code map', async () => {
    await expect(
      mockClient().recoveryCode.redeem({ email: user.email, recoveryCode: 'WRONG-CODE-0000' }),
    ).rejects.toMatchObject({
      kind: 'invalid-code',
      status: 400,
      errorCode: backend.errorCodes.invalidCode,
      messages: ['Invalid recovery code'],
    });
  });
});
