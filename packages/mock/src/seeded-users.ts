// The seeded users beside DEMO_USER, one for each mix of factors people have. Everything here is fake data
// for a mock, published on purpose: the TOTP secrets, the private keys (ES256 key pairs generated once with
// node:crypto for this file) and the recovery codes protect nothing and must never be used anywhere else.
import {
  DEMO_TENANT_ID,
  type MockAuthenticatorApp,
  type MockPhoneDevice,
  type MockWebAuthnDevice,
} from './users';

/** A seeded passkey or security key, with the private key a test or a virtual authenticator signs with. */
export interface SeededWebAuthnDevice extends MockWebAuthnDevice {
  /**
   * The credential's private key, PKCS#8 in standard base64: what Chromium's `WebAuthn.addCredential` (CDP)
   * takes, and what `signWebAuthnAssertion` signs with.
   */
  readonly privateKey: string;
}

/** A seeded user: the sign-in, and every factor with what it takes to pass it. */
export interface SeededUser {
  readonly id: string;
  readonly email: string;
  readonly password: string;
  readonly name: string;
  readonly tenantId: string;
  /** Email-code MFA to the user's own address. */
  readonly emailMfa: boolean;
  readonly phones: readonly Readonly<MockPhoneDevice>[];
  /** Each app's base32 secret: `totpCode(secret)` gives the code it shows. */
  readonly authenticators: readonly Readonly<MockAuthenticatorApp>[];
  readonly webauthn: readonly Readonly<SeededWebAuthnDevice>[];
  /** Single-use, as issued (the mock accepts exactly this form). */
  readonly recoveryCodes: readonly string[];
  /** The tenant forces MFA on the user, who must add a factor at sign-in when it has none. */
  readonly mfaEnforced?: boolean;
}

const PASSWORD = 'mfa-kit-demo';

// base64url of each user's id: the user handle their discoverable credentials carry.
const PASSKEY_USER_HANDLE = 'NDExOWQ2NTMtMGQ1OS00MmI3LTk3YzQtODZiMDBlNjBiMzBi';
const ALL_FACTORS_USER_HANDLE = 'NjkwNTVjOWYtOTg5MS00ODEzLWJjNGEtZDNmZTc4YzIwODk5';

function frozen<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const child of Object.values(value)) frozen(child);
    Object.freeze(value);
  }
  return value;
}

/**
 * The seeded users beside {@link DEMO_USER}, all with the password `mfa-kit-demo`: one per mix of factors.
 * A default backend knows them all.
 */
export const DEMO_USERS = frozen({
  /** Email code only. */
  emailOnly: {
    id: '1c33e656-2fb9-468c-883d-aae40d1a15da',
    email: 'email-only@mfa-kit.dev',
    password: PASSWORD,
    name: 'Erin Email',
    tenantId: DEMO_TENANT_ID,
    emailMfa: true,
    phones: [],
    authenticators: [],
    webauthn: [],
    recoveryCodes: [],
  },
  /** One authenticator app, nothing else. */
  authenticator: {
    id: '9d8a89d2-317c-4822-8630-2987ff4f2c6e',
    email: 'authenticator@mfa-kit.dev',
    password: PASSWORD,
    name: 'Avery Authenticator',
    tenantId: DEMO_TENANT_ID,
    emailMfa: false,
    phones: [],
    authenticators: [
      { id: '6611e266-5594-450d-9f75-9b73f35b6960', secret: 'E4A4ZRL6GLXUADVVS7AKBSXFXRN2LU4P' },
    ],
    webauthn: [],
    recoveryCodes: ['CAUF-97UL-VTB3'],
  },
  /** A phone and an authenticator app. */
  smsAndAuthenticator: {
    id: '143f12f3-588e-47c3-969e-8d079cf66491',
    email: 'sms-authenticator@mfa-kit.dev',
    password: PASSWORD,
    name: 'Sam Sms',
    tenantId: DEMO_TENANT_ID,
    emailMfa: false,
    phones: [{ id: '0ecb50f4-2f92-42c5-88e3-97a4722e064e', phoneNumber: '+15550109876' }],
    authenticators: [
      { id: 'af8493d8-79e8-4121-a581-219f69922fd7', secret: 'JMW3YRKA2TDRGKQNJULW37WWTQ2OZAKQ' },
    ],
    webauthn: [],
    recoveryCodes: ['R3J6-73ZR-3NNV'],
  },
  /**
   * One phone, nothing else, under a tenant that does not force MFA: removing it is removing the last method,
   * so Frontegg's SDK confirms it with a code texted to it (the pre-disable).
   */
  smsOnly: {
    id: 'ba6da146-43a3-4b97-9a59-c8c3c3341d74',
    email: 'sms-only@mfa-kit.dev',
    password: PASSWORD,
    name: 'Sky Sms',
    tenantId: DEMO_TENANT_ID,
    emailMfa: false,
    phones: [{ id: '7e60582e-e1a0-4e86-822c-216f5b7c2c3c', phoneNumber: '+15550107788' }],
    authenticators: [],
    webauthn: [],
    recoveryCodes: [],
  },
  /** A platform passkey (discoverable) and a security key (not discoverable), and recovery codes. */
  passkeyAndRecovery: {
    id: '4119d653-0d59-42b7-97c4-86b00e60b30b',
    email: 'passkey@mfa-kit.dev',
    password: PASSWORD,
    name: 'Pat Passkey',
    tenantId: DEMO_TENANT_ID,
    emailMfa: false,
    phones: [],
    authenticators: [],
    webauthn: [
      {
        id: 'a770764a-be92-498f-a429-50abae8a518e',
        name: 'MacBook Touch ID',
        deviceType: 'Platform',
        credentialId: 'AxHBrX-BVyPJBppdfOPvjGCrloNstYpu9pXg84WEfCo',
        publicKey:
          'pQECAyYgASFYIOhda7_8z5qi7H8bz97tcwN9p3HBXakAwnfvv0DkvpBOIlggW3VAQsV4xJYpidD97ByLvS3QVypIdsAEbWrFJ2ZqN5c',
        userHandle: PASSKEY_USER_HANDLE,
        privateKey:
          'MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQg+4WOA7a7xvPGdriLiZ4WPwV13xKYFHpMOzVb7ggxFDChRANCAAToXWu//M+aoux/G8/e7XMDfadxwV2pAMJ3779A5L6QTlt1QELFeMSWKYnQ/ewci70t0FcqSHbABG1qxSdmajeX',
      },
      {
        id: '8c3beded-7d22-45ed-adba-45a5e12fe5a0',
        name: 'YubiKey 5C',
        deviceType: 'CrossPlatform',
        credentialId: 'spLuwOjegDTQyZSrmC3eXcyH7plBxkN0QXHtp03OnS0',
        publicKey:
          'pQECAyYgASFYIJ9qOkdUJ_GxoO1MOyeNVxuPEfyYN3h-LC8bDK_ie8a7IlgguhYu30OUH52ZQywv5YiUUmRFSnUjQpch8ZNpUg4InjE',
        privateKey:
          'MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgn2Jw1b9TP9IuBMx296w58C4C0QiaMiwAC4ZsENpsXzGhRANCAASfajpHVCfxsaDtTDsnjVcbjxH8mDd4fiwvGwyv4nvGu7oWLt9DlB+dmUMsL+WIlFJkRUp1I0KXIfGTaVIOCJ4x',
      },
    ],
    recoveryCodes: ['4Z9A-37TE-C5BA', 'HEWG-VWZG-ZSL8'],
  },
  /** Every factor: email, a phone, an authenticator app, a passkey, a security key, recovery codes. */
  allFactors: {
    id: '69055c9f-9891-4813-bc4a-d3fe78c20899',
    email: 'all-factors@mfa-kit.dev',
    password: PASSWORD,
    name: 'Alex All',
    tenantId: DEMO_TENANT_ID,
    emailMfa: true,
    phones: [{ id: '31302712-9bb3-4abe-922e-a1b6397806b8', phoneNumber: '+447700900123' }],
    authenticators: [
      { id: '4b879980-e90b-4214-829f-5a133ca81053', secret: 'Y6Y77IM2PFD3Z6N52E7XPKBXTUVWJSRF' },
    ],
    webauthn: [
      {
        id: '586672b0-75f6-4f6c-9037-c40fde53c22f',
        name: 'Pixel passkey',
        deviceType: 'Platform',
        credentialId: 'NwLY2RtHTeHS9ZF9-Y29bAF4X8INFkotaf2iXjQlj2U',
        publicKey:
          'pQECAyYgASFYIGwPFBGUHwanSjzdhzqzk52ekzQ4V4U31uddrnbHl8jlIlggnkml1B-Q9PR1NS9ZU4D1-qTkjSt-fTyoPxoKzX63-PU',
        userHandle: ALL_FACTORS_USER_HANDLE,
        privateKey:
          'MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgXHwVMkFKRVOxXkL1nfJxZK8vIpnMLnEDNp3fBqaVqBmhRANCAARsDxQRlB8Gp0o83Yc6s5OdnpM0OFeFN9bnXa52x5fI5Z5JpdQfkPT0dTUvWVOA9fqk5I0rfn08qD8aCs1+t/j1',
      },
      {
        id: 'c871aaa3-9bda-410d-aeb9-990a2b084616',
        name: 'Backup YubiKey',
        deviceType: 'CrossPlatform',
        credentialId: 'vSXMyGJUp5_StgpATTcc9aruisTkGyrg_XCpTshv4Dc',
        publicKey:
          'pQECAyYgASFYIOUkI36BcOGgmhkjfjo-sojbWq6NqoXYVCcs-jj2DwG-IlggN_kInK1qo1OOO4RG7WQOli9d9yioOBe9Fyq3ac4BuTM',
        privateKey:
          'MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQg0mGgtmEBegPk7ZQHsrG86yF459AnmKO120E+oBB+RRehRANCAATlJCN+gXDhoJoZI346PrKI21qujaqF2FQnLPo49g8Bvjf5CJytaqNTjjuERu1kDpYvXfcoqDgXvRcqt2nOAbkz',
      },
    ],
    recoveryCodes: ['SCVZ-BVA3-YEZ7', 'GPA6-58JP-ZJUX'],
  },
  /**
   * A password only, under a tenant that does not force MFA: signs in without a second factor, and a step-up
   * answers Frontegg's "MFA is not enrolled" until the user adds one.
   */
  passwordOnly: {
    id: '5d2b7e91-3c4a-4f68-b0d1-7a9e2c3f4b58',
    email: 'password-only@mfa-kit.dev',
    password: PASSWORD,
    name: 'Pia Password',
    tenantId: DEMO_TENANT_ID,
    emailMfa: false,
    phones: [],
    authenticators: [],
    webauthn: [],
    recoveryCodes: [],
  },
  /**
   * Nothing enrolled, under a tenant policy that forces MFA: the sign-in answers `mfaEnrolled: false`, and
   * the user adds an authenticator app, a phone or a passkey before getting tokens.
   */
  newUser: {
    id: '2e8f4c1a-7b3d-4e5f-9a0b-c1d2e3f4a5b6',
    email: 'new-user@mfa-kit.dev',
    password: PASSWORD,
    name: 'Nico New',
    tenantId: DEMO_TENANT_ID,
    emailMfa: false,
    phones: [],
    authenticators: [],
    webauthn: [],
    recoveryCodes: [],
    mfaEnforced: true,
  },
} as const satisfies Record<string, SeededUser>);
