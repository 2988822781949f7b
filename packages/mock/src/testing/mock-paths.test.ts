import { describe, expect, it } from 'vitest';
import { ROUTES, matchRoute } from '../routes';
import { mockPaths } from './mock-paths';

describe('mockPaths', () => {
  it('has one entry per route, named after it, and the names before issue #19', () => {
    expect(Object.keys(mockPaths).sort()).toEqual(
      [
        'devices',
        'emailCode',
        'emailCodeVerify',
        'login',
        'recover',
        'rememberDevicePolicy',
        'smsCode',
        'smsCodeVerify',
        'smsDisableVerify',
        'smsPreDisable',
        'authenticatorDeviceVerify',
        'authenticatorVerify',
        'webauthnStart',
        'webauthnVerify',
        'mfaStrategies',
        'enrollAuthenticator',
        'enrollAuthenticatorVerify',
        'enrollSms',
        'enrollSmsVerify',
        'enrollWebauthn',
        'enrollWebauthnVerify',
        'userEnrollAuthenticator',
        'userEnrollAuthenticatorVerify',
        'userEnrollSms',
        'userEnrollSmsVerify',
        'userEnrollWebauthn',
        'userEnrollWebauthnVerify',
        'authenticatorDisableVerify',
        'webauthnPreDisable',
        'webauthnDisableVerify',
        'stepUpGenerate',
        'totpDeviceVerify',
        'totpVerify',
      ].sort(),
    );
    expect(Object.keys(mockPaths)).toHaveLength(ROUTES.length + 2);
  });

  it('keeps the paths under their names before issue #19', () => {
    /* eslint-disable @typescript-eslint/no-deprecated -- the deprecated names are what is tested */
    expect(mockPaths.totpVerify).toBe(mockPaths.authenticatorVerify);
    expect(mockPaths.totpDeviceVerify('a/b')).toBe(mockPaths.authenticatorDeviceVerify('a/b'));
    /* eslint-enable @typescript-eslint/no-deprecated */
  });

  it.each([
    ['login', mockPaths.login],
    ['email-code', mockPaths.emailCode],
    ['email-code-verify', mockPaths.emailCodeVerify],
    ['remember-device-policy', mockPaths.rememberDevicePolicy],
    ['devices', mockPaths.devices],
    ['sms-pre-disable', mockPaths.smsPreDisable('device 1/2')],
    ['sms-disable-verify', mockPaths.smsDisableVerify('device 1/2')],
    ['authenticator-verify', mockPaths.authenticatorVerify],
    ['authenticator-device-verify', mockPaths.authenticatorDeviceVerify('device 1/2')],
    ['sms-code', mockPaths.smsCode('device 1/2')],
    ['sms-code-verify', mockPaths.smsCodeVerify('device 1/2')],
    ['webauthn-start', mockPaths.webauthnStart('device 1/2')],
    ['webauthn-verify', mockPaths.webauthnVerify('device 1/2')],
    ['recover', mockPaths.recover],
    ['mfa-strategies', mockPaths.mfaStrategies],
    ['enroll-authenticator-verify', mockPaths.enrollAuthenticatorVerify],
    ['enroll-sms', mockPaths.enrollSms],
    ['user-enroll-webauthn-verify', mockPaths.userEnrollWebauthnVerify],
    ['authenticator-disable-verify', mockPaths.authenticatorDisableVerify('device 1/2')],
    ['webauthn-pre-disable', mockPaths.webauthnPreDisable('device 1/2')],
    ['webauthn-disable-verify', mockPaths.webauthnDisableVerify('device 1/2')],
    ['step-up-generate', mockPaths.stepUpGenerate],
  ])('the %s path is the one the mock serves that route at', (route, path) => {
    const { method } = ROUTES.find((definition) => definition.route === route)!;
    const match = matchRoute(method, `/identity${path}`);
    expect(match.kind === 'match' ? match.definition.route : match.kind).toBe(route);
    if (match.kind === 'match' && match.deviceId !== undefined) {
      expect(match.deviceId).toBe('device 1/2');
    }
  });

  it('percent-encodes a device id, as the client does', () => {
    expect(mockPaths.smsDisableVerify('a/b')).toBe(
      '/resources/users/v1/mfa/sms/a%2Fb/disable/verify',
    );
  });
});
