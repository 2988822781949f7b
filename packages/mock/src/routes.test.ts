import { describe, expect, it } from 'vitest';
import { matchRoute } from './routes';

describe('matchRoute', () => {
  it.each([
    ['POST', '/identity/resources/auth/v1/user', 'login'],
    ['POST', '/base/identity/resources/auth/v1/user/mfa/emailcode', 'email-code'],
    ['POST', '/identity/resources/auth/v1/user/mfa/emailcode/verify', 'email-code-verify'],
    ['POST', '/identity/resources/auth/v1/user/mfa/verify', 'authenticator-verify'],
    [
      'POST',
      '/identity/resources/auth/v1/user/mfa/authenticator/a/verify',
      'authenticator-device-verify',
    ],
    ['POST', '/identity/resources/auth/v1/user/mfa/sms/abc', 'sms-code'],
    ['POST', '/identity/resources/auth/v1/user/mfa/sms/abc/verify', 'sms-code-verify'],
    ['POST', '/identity/resources/auth/v1/user/mfa/webauthn/abc', 'webauthn-start'],
    ['POST', '/identity/resources/auth/v1/user/mfa/webauthn/abc/verify', 'webauthn-verify'],
    ['POST', '/identity/resources/auth/v1/user/mfa/recover', 'recover'],
    [
      'GET',
      '/identity/resources/configurations/v1/mfa-policy/allow-remember-device',
      'remember-device-policy',
    ],
    ['get', '/identity/resources/users/v1/mfa/devices', 'devices'],
    ['POST', '/identity/resources/users/v1/mfa/sms/abc/disable', 'sms-pre-disable'],
    ['POST', '/identity/resources/users/v1/mfa/sms/abc/disable/verify', 'sms-disable-verify'],
    // A fixed enrollment path wins over the device path of the same shape.
    ['POST', '/identity/resources/auth/v1/user/mfa/sms/enroll', 'enroll-sms'],
    ['POST', '/identity/resources/auth/v1/user/mfa/sms/enroll/verify', 'enroll-sms-verify'],
    ['POST', '/identity/resources/auth/v1/user/mfa/webauthn/enroll', 'enroll-webauthn'],
    [
      'POST',
      '/identity/resources/auth/v1/user/mfa/webauthn/enroll/verify',
      'enroll-webauthn-verify',
    ],
    [
      'POST',
      '/identity/resources/auth/v1/user/mfa/authenticator/enroll/verify',
      'enroll-authenticator-verify',
    ],
    ['POST', '/identity/resources/users/v1/mfa/sms/enroll', 'user-enroll-sms'],
    ['POST', '/identity/resources/users/v1/mfa/webauthn/abc/disable', 'webauthn-pre-disable'],
    ['GET', '/identity/resources/configurations/v1/mfa/strategies', 'mfa-strategies'],
  ])('%s %s is %s', (method, path, route) => {
    const match = matchRoute(method, path);
    expect(match.kind === 'match' ? match.definition.route : match.kind).toBe(route);
  });

  it('decodes the device id once, so an encoded slash stays inside it', () => {
    const match = matchRoute('POST', '/identity/resources/users/v1/mfa/sms/..%2Fdevices/disable');
    expect(match).toMatchObject({ kind: 'match', deviceId: '../devices' });
    expect(match.kind === 'match' ? match.definition.route : undefined).toBe('sms-pre-disable');
  });

  it('does not match an empty device id', () => {
    expect(matchRoute('POST', '/identity/resources/users/v1/mfa/sms//disable').kind).toBe('none');
  });
});
