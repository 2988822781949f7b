// The mock against Frontegg's published OpenAPI document (a copy in ../contract), with a real JSON-schema
// validator: every success it sends must fit the response schema, and every route refuses exactly the requests
// its documented request schema refuses (or, where listed, the rules Frontegg's SDK follows instead).
import { readFileSync } from 'node:fs';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { createMockBackend } from './backend';
import type { MockRoute } from './routes';
import { MOCK_ERROR_CODES } from './errors';
import { ROUTES } from './routes';
import { type WebAuthnChallenge, webauthnVerifyBody } from './test-factors';
import { type ErrorBody, get, postJson, readJson } from './test-helpers';
import { callMock } from './testing/call-mock';
import {
  createTestClock,
  loginAs,
  loginDemoUser,
  mockPaths,
  sendEmailCode,
  signInDemoUser,
} from './testing';
import { totpCode } from './totp';
import { DEMO_USERS } from './seeded-users';
import { DEMO_USER } from './users';

interface Operation {
  parameters?: { name: string; in: string; required?: boolean }[];
  requestBody?: { content: Record<string, { schema: object }> };
  responses: Record<string, { content?: Record<string, { schema: object }> }>;
}
interface OpenApiDocument {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Schema> };
}

const document = JSON.parse(
  readFileSync(new URL('../contract/identity.openapi.json', import.meta.url), 'utf8'),
) as OpenApiDocument;
const ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false });
addFormats(ajv);
ajv.addSchema(document, 'identity');

const validatorFor = (schema: object): ValidateFunction =>
  ajv.compile({ $ref: `identity#${toPointer(schema)}` });
// The operation's schemas are $refs into components; validate through the document so nested $refs resolve.
function toPointer(schema: object): string {
  const ref = (schema as { $ref?: string }).$ref;
  if (ref === undefined) throw new Error('expected a $ref schema');
  return ref.slice(1);
}

function operation(path: string, method: string): Operation {
  const found = document.paths[path]?.[method];
  if (found === undefined)
    throw new Error(`${method.toUpperCase()} ${path} is not in the document`);
  return found;
}

function responseValidator(path: string, method: string, status: number): ValidateFunction {
  const schema = operation(path, method).responses[String(status)]?.content?.['application/json']
    ?.schema;
  if (schema === undefined)
    throw new Error(`${method.toUpperCase()} ${path} documents no JSON ${status}`);
  return validatorFor(schema);
}

function requestValidator(path: string): ValidateFunction {
  const schema = operation(path, 'post').requestBody?.content['application/json']?.schema;
  if (schema === undefined) throw new Error(`POST ${path} documents no JSON body`);
  return validatorFor(schema);
}

async function expectFits(response: Response, validate: ValidateFunction): Promise<void> {
  const body: unknown = await response.json();
  const valid = validate(body);
  expect(validate.errors ?? [], JSON.stringify(body)).toEqual([]);
  expect(valid).toBe(true);
}

/** `MFAStrategyEnum` of Frontegg's SDK. */
const SDK_STRATEGIES = [
  'AuthenticatorApp',
  'WebAuthnPlatform',
  'WebAuthnCrossPlatform',
  'SMS',
  'EmailCode',
];

const specPath = (route: (typeof ROUTES)[number]['route']) =>
  ROUTES.find((definition) => definition.route === route)?.path ?? '';

/** A JSON Schema, as the document writes it (`$ref`s resolved by {@link resolved}). */
interface Schema {
  type?: string | string[];
  properties?: Record<string, Schema>;
  required?: string[];
  enum?: string[];
  pattern?: string;
  $ref?: string;
  [keyword: string]: unknown;
}

/** What a route's request must carry: the rules the mock must enforce, as JSON Schema for the body. */
interface RequestExpectation {
  /**
   * Headers a vendor token must send, as the document marks them required. A user JWT needs none: Frontegg's
   * browser SDK never sends them (@frontegg/rest-api FetchClient.js buildRequestHeaders: the bearer token
   * and metadata headers only).
   */
  vendorHeaders: string[];
  /** Required query parameters. */
  query: string[];
  /** The body's schema; absent: the route takes no body. */
  body?: Schema;
  /** Bodies beyond the generated ones, with the verdict the schema gives them. */
  extraBodies?: object[];
}

/** A listed departure from the document: the rules that hold instead, and where they come from. */
interface RequestException extends RequestExpectation {
  /** Package and file (or the document's own text) that say so. */
  source: string;
  /** The route is not in the document at all (Frontegg's SDK calls it). */
  outsideSpec?: true;
}

/** `schema` with every `$ref` into the document replaced by what it names. */
function resolved(schema: Schema): Schema {
  if (schema.$ref !== undefined) {
    const name = schema.$ref.split('/').pop() ?? '';
    return resolved(document.components.schemas[name] ?? {});
  }
  return Object.fromEntries(
    Object.entries(schema).map(([keyword, value]) => [
      keyword,
      keyword === 'properties'
        ? Object.fromEntries(
            Object.entries(value as Record<string, Schema>).map(([field, property]) => [
              field,
              resolved(property),
            ]),
          )
        : value,
    ]),
  );
}

/** The request rules the document gives an operation: its required headers, query and JSON body. */
function documentedRules(documented: Operation): RequestExpectation {
  const required = (where: string) =>
    (documented.parameters ?? [])
      .filter((parameter) => parameter.in === where && parameter.required === true)
      .map((parameter) => parameter.name);
  const body = documented.requestBody?.content['application/json']?.schema as Schema | undefined;
  return {
    vendorHeaders: required('header'),
    query: required('query'),
    ...(body === undefined ? {} : { body: resolved(body) }),
  };
}

/** The document's body schema of a route, to patch into an exception. */
const documentedBody = (route: MockRoute): Schema =>
  structuredClone(documentedRules(operation(specPath(route), 'post')).body ?? {});

/** `schema` with `fields` added (required unless listed in `optional`). */
function withFields(
  schema: Schema,
  fields: Record<string, Schema>,
  optional: string[] = [],
): Schema {
  return {
    ...schema,
    properties: { ...schema.properties, ...fields },
    required: [
      ...(schema.required ?? []),
      ...Object.keys(fields).filter((field) => !optional.includes(field)),
    ],
  };
}

/** `schema` with the property at `path` replaced by `property`. */
function patched(schema: Schema, [field, ...rest]: string[], property: Schema): Schema {
  if (field === undefined) return property;
  const current = schema.properties?.[field] ?? {};
  return {
    ...schema,
    properties: { ...schema.properties, [field]: patched(current, rest, property) },
  };
}

const E164 = '^\\+[1-9]\\d{6,14}$';
const USER_ID = ['frontegg-user-id'];
const NO_BODY = { vendorHeaders: USER_ID, query: [] };
const nullableString = { type: ['string', 'null'] };

/**
 * Where the mock does not take the document's request rules, and why: Frontegg's SDK (@frontegg/rest-api
 * 7.119, the browser's client) says otherwise, or the route is not documented at all. Each entry's rules are
 * checked as the document's are; a route in ROUTES that is neither documented nor here fails the test.
 */
const REQUEST_EXCEPTIONS: Partial<Record<MockRoute, RequestException>> = {
  login: {
    source:
      'identity.openapi.json AuthenticateUserPasswordDto ("Either email or username must be provided"), @frontegg/rest-api auth/interfaces.d.ts ILogin',
    vendorHeaders: [],
    query: [],
    body: {
      ...documentedBody('login'),
      anyOf: [{ required: ['email'] }, { required: ['username'] }],
    },
    extraBodies: [{ password: 'p' }],
  },
  // The document's phone pattern is the literal text "phoneNumberRegexp", which no number matches; Frontegg
  // takes E.164 numbers. At sign-in the SDK adds the mfaToken the document's body lacks.
  'enroll-sms': {
    source:
      'identity.openapi.json RequestEnrollMFASMSRequest (pattern "phoneNumberRegexp"), @frontegg/rest-api auth/interfaces.d.ts IPreEnrollMFASMS',
    vendorHeaders: [],
    query: [],
    body: withFields(
      patched(documentedBody('enroll-sms'), ['phoneNumber'], { type: 'string', pattern: E164 }),
      { mfaToken: { type: 'string' } },
    ),
  },
  'user-enroll-sms': {
    source:
      'identity.openapi.json RequestEnrollMFASMSRequest (pattern "phoneNumberRegexp"), @frontegg/rest-api auth/interfaces.d.ts IPreEnrollMFASMS',
    vendorHeaders: USER_ID,
    query: [],
    body: patched(documentedBody('user-enroll-sms'), ['phoneNumber'], {
      type: 'string',
      pattern: E164,
    }),
  },
  'enroll-sms-verify': {
    source: '@frontegg/rest-api auth/interfaces.d.ts IEnrollMFASMS (enrollMFASMSForLogin)',
    vendorHeaders: [],
    query: [],
    body: withFields(
      documentedBody('enroll-sms-verify'),
      { mfaToken: { type: 'string' }, rememberDevice: { type: 'boolean' } },
      ['rememberDevice'],
    ),
  },
  // Removing a phone without the pre-disable, when the user keeps another factor: the SDK sends {}.
  'sms-disable-verify': {
    source:
      '@frontegg/rest-api auth/index.d.ts disableMFASMS ("without pre-disable if the user has more than one MFA device"), auth/interfaces.d.ts IDisableMFASMS',
    vendorHeaders: USER_ID,
    query: [],
    body: {
      ...documentedBody('sms-disable-verify'),
      required: [],
      dependencies: { otcToken: ['code'], code: ['otcToken'] },
    },
    extraBodies: [{}],
  },
  // A credential that is not discoverable has no user handle: the SDK sends the browser's null.
  'webauthn-verify': {
    source:
      '@frontegg/redux-store helpers/converters.js publicKeyCredentialToJSON, auth/LoginState/actions/mfaWithWebAuthn.actions.js',
    vendorHeaders: [],
    query: [],
    body: patched(
      documentedBody('webauthn-verify'),
      ['options', 'response', 'userHandle'],
      nullableString,
    ),
  },
  // Outside the document. The vendor-token header is the one every documented user route requires.
  devices: {
    source: '@frontegg/rest-api auth/index.js getMFADevices (GET, no body)',
    outsideSpec: true,
    ...NO_BODY,
  },
  'user-enroll-webauthn': {
    source: '@frontegg/rest-api auth/index.js preEnrollMFAWebAuthn (posts no body)',
    outsideSpec: true,
    ...NO_BODY,
  },
  'webauthn-pre-disable': {
    source: '@frontegg/rest-api auth/index.js preDisableMFAWebAuthn (posts no body)',
    outsideSpec: true,
    ...NO_BODY,
  },
  'user-enroll-webauthn-verify': {
    source:
      '@frontegg/rest-api auth/interfaces.d.ts IEnrollMFAWebAuthn, without mfaToken and rememberDevice (auth/index.d.ts enrollMFAWebAuthn takes WithoutMFAToken<IEnrollMFAWebAuthn>)',
    outsideSpec: true,
    vendorHeaders: USER_ID,
    query: [],
    body: {
      type: 'object',
      properties: {
        deviceType: { type: 'string', enum: ['Platform', 'CrossPlatform'] },
        webauthnToken: { type: 'string' },
        options: documentedBody('enroll-webauthn-verify').properties?.options ?? {},
      },
      required: ['deviceType', 'webauthnToken', 'options'],
    },
  },
  // Step-up: the user's own JWT only (a vendor token has no sign-in to prove again), so no vendor header.
  'step-up-generate': {
    source:
      '@frontegg/rest-api auth/index.js generateStepupSession, auth/interfaces.d.ts GenerateStepUpRequest (maxAge?: number)',
    outsideSpec: true,
    vendorHeaders: [],
    query: [],
    body: { type: 'object', properties: { maxAge: { type: 'number' } } },
    extraBodies: [{}],
  },
  // Removing a key without the pre-disable, when the user keeps another factor: {}. The assertion is the
  // login verify's, null user handle included.
  'webauthn-disable-verify': {
    source:
      '@frontegg/rest-api auth/index.d.ts disableMFAWebAuthn ("without pre-disable if the user has more than one MFA device"), auth/interfaces.d.ts IDisableMFAWebAuthn',
    outsideSpec: true,
    vendorHeaders: USER_ID,
    query: [],
    body: {
      type: 'object',
      properties: {
        webauthnToken: { type: 'string' },
        options: patched(
          documentedBody('webauthn-verify').properties?.options ?? {},
          ['response', 'userHandle'],
          nullableString,
        ),
      },
      dependencies: { webauthnToken: ['options'], options: ['webauthnToken'] },
    },
    extraBodies: [{}],
  },
};

/** A value of `schema` that fits it. */
function validValue(schema: Schema): unknown {
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  if (schema.enum !== undefined) return schema.enum[0];
  if (type === 'boolean') return true;
  if (type === 'number') return 300;
  if (type === 'object' || schema.properties !== undefined)
    return Object.fromEntries(
      Object.entries(schema.properties ?? {}).map(([field, property]) => [
        field,
        validValue(property),
      ]),
    );
  return schema.pattern === undefined ? 'x' : '+14155550100';
}

/** `body` with the value at `path` replaced (or, `undefined`, removed). */
function replaced(body: unknown, [field = '', ...rest]: string[], value: unknown): unknown {
  const copy = { ...(body as Record<string, unknown>) };
  if (rest.length > 0) copy[field] = replaced(copy[field], rest, value);
  else if (value === undefined) delete copy[field];
  else copy[field] = value;
  return copy;
}

/** One body a route is tried with. */
interface BodyCase {
  name: string;
  body: unknown;
  /** What the schema must say, where the case is built to a verdict. */
  verdict?: 'accepted' | 'refused';
}

/**
 * The bodies each rule is tried with: the full valid body; then, for every field at any depth, the body
 * without it, with it null, of the wrong type, and (for an enum or pattern) with a value that breaks it.
 */
function casesOf({ body, extraBodies = [] }: RequestExpectation): BodyCase[] {
  if (body === undefined) return [];
  const valid = validValue(body);
  const cases: BodyCase[] = [
    { name: 'with every field', body: valid, verdict: 'accepted' },
    ...extraBodies.map((extra) => ({ name: JSON.stringify(extra), body: extra })),
  ];
  const visit = (schema: Schema, path: string[]) => {
    for (const [field, property] of Object.entries(schema.properties ?? {})) {
      const at = [...path, field];
      const name = at.join('.');
      const type = Array.isArray(property.type) ? property.type[0] : property.type;
      cases.push(
        { name: `without ${name}`, body: replaced(valid, at, undefined) },
        { name: `with ${name} null`, body: replaced(valid, at, null) },
        {
          name: `with ${name} of the wrong type`,
          body: replaced(valid, at, type === 'string' ? 42 : 'not-a-boolean-or-object'),
          verdict: 'refused',
        },
      );
      if (property.enum !== undefined || property.pattern !== undefined)
        cases.push({
          name: `with ${name} outside its ${property.enum ? 'enum' : 'pattern'}`,
          body: replaced(valid, at, 'other'),
          verdict: 'refused',
        });
      if (type === 'object') visit(property, at);
    }
  };
  visit(body, []);
  return cases;
}

/** The rule failures the mock answers with: 400 ER-01100 naming a field, a header or a query parameter. */
const RULE_FAILURE =
  /^(?:\w+ (?:or \w+ )?is required|\w+ must be .+|The [\w-]+ (?:header|query parameter) is required)$/;

/**
 * Whether the mock refuses a request to `definition` for breaking a request rule (else it answers
 * something else: a success, or a failure of the values, such as an mfaToken it never issued).
 */
async function failedRule(
  definition: (typeof ROUTES)[number],
  {
    body = {},
    omitQuery,
    vendorToken = false,
    omitHeader,
  }: { body?: unknown; omitQuery?: string; vendorToken?: boolean; omitHeader?: string },
): Promise<boolean> {
  const backend = createMockBackend();
  const rules = definition.handler.request;
  const headers: Record<string, string> = {};
  if (rules.userSession) {
    headers.authorization = `Bearer ${(await signInDemoUser(backend)).accessToken}`;
  } else if (rules.vendorHeaders !== undefined) {
    if (vendorToken) {
      headers.authorization = 'Bearer vendor-token';
      headers['frontegg-user-id'] = DEMO_USER.id;
      headers['frontegg-tenant-id'] = DEMO_USER.tenantId;
      if (omitHeader !== undefined) delete headers[omitHeader];
    } else {
      headers.authorization = `Bearer ${(await signInDemoUser(backend)).accessToken}`;
    }
  }
  const query = (rules.query ?? [])
    .filter((name) => name !== omitQuery)
    .map((name) => `${name}=q`)
    .join('&');
  const url = `${definition.path.replace('{deviceId}', DEMO_USER.phones[0].id)}${query ? `?${query}` : ''}`;
  const response = await callMock(backend, url, {
    method: definition.method,
    ...(rules.body === undefined ? {} : { body }),
    headers,
  });
  if (response.status !== 400) return false;
  const { errors, errorCode } = await readJson<ErrorBody>(response);
  return errorCode === MOCK_ERROR_CODES.badRequest && RULE_FAILURE.test(errors.join());
}

describe('the mock against identity.openapi.json', () => {
  it('serves every route the document has, with its method and success status', () => {
    for (const definition of ROUTES) {
      if (REQUEST_EXCEPTIONS[definition.route]?.outsideSpec) {
        expect(
          document.paths[definition.path]?.[definition.method.toLowerCase()],
          definition.route,
        ).toBeUndefined();
        continue;
      }
      const documented = operation(definition.path, definition.method.toLowerCase());
      expect(Object.keys(documented.responses), definition.route).toContain(
        String(definition.successStatus),
      );
    }
  });

  it('login (MFA required, for every seeded mix of factors, and signed in) fits AuthenticationResponseDto', async () => {
    const validate = responseValidator(specPath('login'), 'post', 200);
    const plain = DEMO_USERS.passwordOnly;
    const seeded = [DEMO_USER, ...Object.values(DEMO_USERS)];
    const backend = createMockBackend({ users: seeded });
    for (const user of seeded) {
      const response = await postJson(backend, mockPaths.login, {
        email: user.email,
        password: user.password,
      });
      // Where the document and Frontegg's SDK disagree the mock follows the SDK (CONTRACT.md):
      // `mfaStrategies` is a list of strategy names, not the document's object. The rest fits the document.
      const { mfaStrategies, ...rest } = await readJson<Record<string, unknown>>(response);
      expect(validate(rest), `${user.email}: ${JSON.stringify(validate.errors)}`).toBe(true);
      if (user === plain) expect(mfaStrategies).toBeUndefined();
      else expect(SDK_STRATEGIES).toEqual(expect.arrayContaining(mfaStrategies as string[]));
    }
  });

  it('emailcode and its verify fit their 201 schemas', async () => {
    const backend = createMockBackend();
    const mfaToken = await loginDemoUser(backend);
    await expectFits(
      await postJson(backend, mockPaths.emailCode, { mfaToken }),
      responseValidator(specPath('email-code'), 'post', 201),
    );
    backend.reset();
    const fresh = await loginDemoUser(backend);
    const sent = await sendEmailCode(backend, fresh);
    const verified = await postJson(backend, mockPaths.emailCodeVerify, {
      mfaToken: fresh,
      ...sent,
    });
    expect(verified.status).toBe(201);
    await expectFits(verified, responseValidator(specPath('email-code-verify'), 'post', 201));
  });

  it('the remember-device policy fits CheckAllowRememberResponse', async () => {
    const backend = createMockBackend();
    const response = await get(
      backend,
      `${mockPaths.rememberDevicePolicy}?mfaToken=${await loginDemoUser(backend)}`,
    );
    await expectFits(response, responseValidator(specPath('remember-device-policy'), 'get', 200));
  });

  it('the devices list fits UserMFADevicesResponse', async () => {
    const backend = createMockBackend();
    const response = await get(backend, mockPaths.devices, {
      authorization: `Bearer ${(await signInDemoUser(backend)).accessToken}`,
    });
    await expectFits(
      response,
      validatorFor({ $ref: '#/components/schemas/UserMFADevicesResponse' }),
    );
  });

  it('step-up generate, outside the document: its challenge lists UserMFADevicesResponse, its tokens fit AuthenticationResponseDto', async () => {
    const backend = createMockBackend();
    const { accessToken } = await signInDemoUser(backend);
    const generate = (token: string) =>
      callMock(backend, mockPaths.stepUpGenerate, { body: { maxAge: 300 }, accessToken: token });
    const signedIn = await readJson<Record<string, unknown>>(await generate(accessToken));
    const validate = responseValidator(specPath('login'), 'post', 200);
    expect(validate(signedIn), JSON.stringify(validate.errors)).toBe(true);
    const challenge = await readJson<{ mfaDevices: unknown }>(
      await generate(await backend.ageSession(accessToken, 600)),
    );
    const devices = validatorFor({ $ref: '#/components/schemas/UserMFADevicesResponse' });
    expect(devices(challenge.mfaDevices), JSON.stringify(devices.errors)).toBe(true);
  });

  it('SMS pre-disable fits its 200 schema; the verify sends no body, as documented', async () => {
    const backend = createMockBackend();
    const auth = { authorization: `Bearer ${(await signInDemoUser(backend)).accessToken}` };
    const deviceId = DEMO_USER.phones[0].id;
    const pre = await postJson(backend, mockPaths.smsPreDisable(deviceId), {}, auth);
    const { otcToken } = await readJson<{ otcToken: string }>(pre.clone());
    await expectFits(pre, responseValidator(specPath('sms-pre-disable'), 'post', 200));

    expect(
      operation(specPath('sms-disable-verify'), 'post').responses['200']?.content,
    ).toBeUndefined();
    const code = backend.outbox.latest({ channel: 'sms' })?.code;
    const verify = await postJson(
      backend,
      mockPaths.smsDisableVerify(deviceId),
      { otcToken, code },
      auth,
    );
    expect(verify.status).toBe(200);
    expect(await verify.text()).toBe('');
  });

  it('authenticator-app verify: the per-device route fits its 201 schema; /mfa/verify, documented without a body, answers the same AuthenticationResponseDto (what the SDK reads)', async () => {
    const clock = createTestClock();
    const backend = createMockBackend({ now: clock.now });
    const user = DEMO_USERS.authenticator;
    const [app] = user.authenticators;
    const signedIn = responseValidator(specPath('authenticator-device-verify'), 'post', 201);
    const perDevice = await postJson(backend, mockPaths.authenticatorDeviceVerify(app.id), {
      value: await totpCode(app.secret, clock.now()),
      mfaToken: await loginAs(backend, user),
    });
    expect(perDevice.status).toBe(201);
    await expectFits(perDevice, signedIn);

    expect(
      operation(specPath('authenticator-verify'), 'post').responses['201']?.content,
    ).toBeUndefined();
    const loginBox = await postJson(backend, mockPaths.authenticatorVerify, {
      value: await totpCode(app.secret, clock.now()),
      mfaToken: await loginAs(backend, user),
    });
    expect(loginBox.status).toBe(201);
    await expectFits(loginBox, signedIn);
  });

  it('the SMS login code and its verify fit their 201 schemas', async () => {
    const backend = createMockBackend();
    const mfaToken = await loginAs(backend, DEMO_USER);
    const deviceId = DEMO_USER.phones[0].id;
    const sent = await postJson(backend, mockPaths.smsCode(deviceId), { mfaToken });
    const { otcToken } = await readJson<{ otcToken: string }>(sent.clone());
    await expectFits(sent, responseValidator(specPath('sms-code'), 'post', 201));
    const code = backend.outbox.latest({ channel: 'sms' })?.code;
    const verified = await postJson(backend, mockPaths.smsCodeVerify(deviceId), {
      otcToken,
      code,
      mfaToken,
    });
    expect(verified.status).toBe(201);
    await expectFits(verified, responseValidator(specPath('sms-code-verify'), 'post', 201));
  });

  it('the WebAuthn challenge and its verify fit their 201 schemas', async () => {
    const backend = createMockBackend();
    const user = DEMO_USERS.passkeyAndRecovery;
    const [passkey] = user.webauthn;
    const mfaToken = await loginAs(backend, user);
    const started = await postJson(backend, mockPaths.webauthnStart(passkey.id), { mfaToken });
    const challenge = await readJson<WebAuthnChallenge>(started.clone());
    await expectFits(started, responseValidator(specPath('webauthn-start'), 'post', 201));
    const body = await webauthnVerifyBody(mfaToken, challenge, passkey);
    expect(requestValidator(specPath('webauthn-verify'))(body)).toBe(true);
    const verified = await postJson(backend, mockPaths.webauthnVerify(passkey.id), body);
    expect(verified.status).toBe(201);
    await expectFits(verified, responseValidator(specPath('webauthn-verify'), 'post', 201));
  });

  it('recover answers 200 with no body, as documented', async () => {
    expect(operation(specPath('recover'), 'post').responses['200']?.content).toBeUndefined();
    const user = DEMO_USERS.passkeyAndRecovery;
    const response = await postJson(createMockBackend(), mockPaths.recover, {
      recoveryCode: user.recoveryCodes[0],
      email: user.email,
    });
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('');
  });

  it('the schema-break fault really breaks each response schema the document spells out', async () => {
    const backend = createMockBackend();
    const cases = [
      [
        'login',
        () => postJson(backend, mockPaths.login, {}),
        responseValidator(specPath('login'), 'post', 200),
      ],
      [
        'email-code-verify',
        () => postJson(backend, mockPaths.emailCodeVerify, {}),
        responseValidator(specPath('email-code-verify'), 'post', 201),
      ],
      [
        'devices',
        () => get(backend, mockPaths.devices),
        validatorFor({ $ref: '#/components/schemas/UserMFADevicesResponse' }),
      ],
      // /mfa/verify documents no body: its answer is the one its per-device twin documents.
      [
        'authenticator-verify',
        () => postJson(backend, mockPaths.authenticatorVerify, {}),
        responseValidator(specPath('authenticator-device-verify'), 'post', 201),
      ],
      [
        'authenticator-device-verify',
        () => postJson(backend, mockPaths.authenticatorDeviceVerify('d'), {}),
        responseValidator(specPath('authenticator-device-verify'), 'post', 201),
      ],
      [
        'sms-code-verify',
        () => postJson(backend, mockPaths.smsCodeVerify('d'), {}),
        responseValidator(specPath('sms-code-verify'), 'post', 201),
      ],
      [
        'webauthn-verify',
        () => postJson(backend, mockPaths.webauthnVerify('d'), {}),
        responseValidator(specPath('webauthn-verify'), 'post', 201),
      ],
      [
        'mfa-strategies',
        () => get(backend, mockPaths.mfaStrategies),
        responseValidator(specPath('mfa-strategies'), 'get', 200),
      ],
      ...(
        [
          ['enroll-authenticator', mockPaths.enrollAuthenticator, 201],
          ['enroll-authenticator-verify', mockPaths.enrollAuthenticatorVerify, 201],
          ['enroll-sms-verify', mockPaths.enrollSmsVerify, 201],
          ['enroll-webauthn-verify', mockPaths.enrollWebauthnVerify, 201],
          ['user-enroll-authenticator', mockPaths.userEnrollAuthenticator, 200],
          ['user-enroll-authenticator-verify', mockPaths.userEnrollAuthenticatorVerify, 200],
        ] as const
      ).map(
        ([route, path, status]) =>
          [
            route,
            () => postJson(backend, path, {}),
            responseValidator(specPath(route), 'post', status),
          ] as const,
      ),
    ] as const;
    for (const [route, send, validate] of cases) {
      backend.faults.schemaBreakNext(1, { route });
      const response = await send();
      expect(response.ok, route).toBe(true);
      expect(validate(await response.json()), route).toBe(false);
    }
  });

  describe('every route checks its request as the document (or, where listed, Frontegg’s SDK) asks', () => {
    for (const definition of ROUTES) {
      const { route, method, path } = definition;
      const rules = definition.handler.request;
      const documented = document.paths[path]?.[method.toLowerCase()];
      const exception = REQUEST_EXCEPTIONS[route];
      const expected = exception ?? (documented && documentedRules(documented));

      it(`${route}: its rules are the document's, or listed in REQUEST_EXCEPTIONS with their source`, () => {
        expect(
          expected,
          `${route} (${method} ${path}) is not in identity.openapi.json: list its rules in REQUEST_EXCEPTIONS, with the SDK's package and file`,
        ).toBeDefined();
        expect(exception?.outsideSpec ?? false, `${route}: outsideSpec`).toBe(
          documented === undefined,
        );
        if (expected === undefined) return;
        expect([...(rules.vendorHeaders ?? [])], `${route}: vendor-token headers`).toEqual(
          expected.vendorHeaders,
        );
        expect([...(rules.query ?? [])], `${route}: query parameters`).toEqual(expected.query);
        expect(rules.body !== undefined, `${route}: takes a JSON body`).toBe(
          expected.body !== undefined,
        );
      });
      if (expected === undefined) continue;

      if (exception !== undefined && documented !== undefined) {
        it(`${route}: the document still departs from the listed exception (${exception.source})`, () => {
          const ours = expected.body === undefined ? undefined : ajv.compile(expected.body);
          const theirs = documentedRules(documented).body;
          const spec = theirs === undefined ? undefined : ajv.compile(theirs);
          const disagreements = casesOf(expected).filter(
            ({ body }) => (ours?.(body) ?? true) !== (spec?.(body) ?? true),
          );
          expect(disagreements.length, `${route}: drop the exception`).toBeGreaterThan(0);
        });
      }

      if (expected.body !== undefined) {
        const validate = ajv.compile(expected.body);
        it.each(casesOf(expected).map((testCase) => [testCase.name, testCase] as const))(
          `${route}: a body %s is refused (400 ER-01100) exactly when the rules refuse it`,
          async (_, { body, verdict }) => {
            const refused = !validate(body);
            if (verdict !== undefined) expect(refused ? 'refused' : 'accepted').toBe(verdict);
            expect(await failedRule(definition, { body }), route).toBe(refused);
          },
        );
      }
      for (const name of expected.query) {
        it(`${route}: without the ${name} query parameter is 400 ER-01100`, async () => {
          expect(await failedRule(definition, { omitQuery: name })).toBe(true);
        });
      }
      for (const name of expected.vendorHeaders) {
        it(`${route}: a vendor token without ${name} is 400 ER-01100 (a user JWT needs none)`, async () => {
          const body = expected.body && validValue(expected.body);
          expect(await failedRule(definition, { body, vendorToken: true })).toBe(false);
          expect(await failedRule(definition, { body, vendorToken: true, omitHeader: name })).toBe(
            true,
          );
        });
      }
    }
  });
});
