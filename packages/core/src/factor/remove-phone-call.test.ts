import { DEMO_USER } from '@mfa-kit/mock';
import { signInDemoUser } from '@mfa-kit/mock/testing';
import { describe, expect, test } from 'vitest';
import { mockClient, useMockBackend } from '../test/mock-backend.js';
import { removePhoneCall } from './remove-phone-call.js';
import { removePhoneWithCodeFactor } from './remove-phone-with-code-factor.js';

const backend = useMockBackend();

describe('removePhoneCall', () => {
  test('removes a phone in one request, no code texted, when another method is left', async () => {
    const { accessToken } = await signInDemoUser(backend);
    const client = mockClient({ getAccessToken: () => accessToken });
    const [phone, other] = DEMO_USER.phones;
    await removePhoneCall.request(client, { deviceId: phone.id }, {});
    expect(backend.devices(DEMO_USER.email).phones.map((left) => left.id)).toEqual([other.id]);
    expect(backend.outbox.latest({ channel: 'sms' })).toBeUndefined();
    expect(removePhoneCall.changesDevices).toBe(true);
  });

  test('has a name of its own: its mutation is not the code-confirmed check to the same route', () => {
    expect(removePhoneCall.name).not.toEqual(removePhoneWithCodeFactor.verify.name);
    expect(removePhoneCall.name).not.toEqual(removePhoneWithCodeFactor.send.name);
  });
});
