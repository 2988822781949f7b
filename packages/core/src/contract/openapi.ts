// Test utility: checks HTTP exchanges against Frontegg's published OpenAPI 3.0 spec of the identity service,
// with ajv (a real JSON-schema validator) on schemas converted from OpenAPI 3.0 (nullable, $refs).
import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import type { ErrorObject, ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

// The repository's copy of the published document, which the mock's contract test reads too: a clone
// needs nothing outside itself.
const SPEC_URL = new URL('../../../mock/contract/identity.openapi.json', import.meta.url);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

interface Parameter {
  name: string;
  in: 'header' | 'query' | 'path' | 'cookie';
  required?: boolean;
  schema?: JsonObject;
}

interface Operation {
  parameters?: Parameter[];
  requestBody?: { required?: boolean; content?: Record<string, { schema?: JsonObject }> };
  responses: Record<string, { content?: Record<string, { schema?: JsonObject }> }>;
}

interface Spec {
  servers: { url: string }[];
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, JsonObject> };
}

/** An exchange as captured on the wire. */
export interface Exchange {
  method: string;
  url: URL;
  headers: Headers;
  body: string;
  status: number;
  responseHeaders: Headers;
  responseBody: string;
}

/** Frontegg's error body (CONTRACT.md; the spec documents no error responses). */
const ERROR_BODY: JsonObject = {
  type: 'object',
  properties: {
    errors: { type: 'array', items: { type: 'string' } },
    errorCode: { type: 'string' },
    errorCodes: { type: 'array', items: { type: 'string' } },
  },
  required: ['errors'],
};

// Keywords of OpenAPI 3.0 schema objects that are not JSON Schema; they carry no constraint.
const OPENAPI_ONLY = new Set([
  'nullable',
  'example',
  'xml',
  'externalDocs',
  'discriminator',
  'deprecated',
]);

/** A JSON Schema for ajv from an OpenAPI 3.0 schema object: `nullable` honoured, refs into `$defs`. */
export function toJsonSchema(schema: Json): Json {
  if (Array.isArray(schema)) return schema.map(toJsonSchema);
  if (schema === null || typeof schema !== 'object') return schema;
  const converted: JsonObject = {};
  for (const [key, value] of Object.entries(schema)) {
    if (OPENAPI_ONLY.has(key)) continue;
    if (key === '$ref' && typeof value === 'string') {
      converted.$ref = value.replace('#/components/schemas/', 'identity#/$defs/');
    } else if (
      key === 'properties' &&
      value &&
      typeof value === 'object' &&
      !Array.isArray(value)
    ) {
      // Property names are data, not keywords: convert only their schemas.
      converted.properties = Object.fromEntries(
        Object.entries(value).map(([name, sub]) => [name, toJsonSchema(sub)]),
      );
    } else {
      converted[key] = toJsonSchema(value);
    }
  }
  if (schema.nullable !== true) return converted;
  if (typeof converted.type === 'string') return { ...converted, type: [converted.type, 'null'] };
  return { anyOf: [converted, { type: 'null' }] };
}

/** The names of every component schema `schema` reaches through `$ref`s. */
function reachable(spec: Spec, schema: Json, found = new Set<string>()): Set<string> {
  const text = JSON.stringify(schema);
  for (const [, name] of text.matchAll(/#\/components\/schemas\/([\w.-]+)/g)) {
    if (name && !found.has(name)) {
      found.add(name);
      reachable(spec, spec.components.schemas[name] ?? null, found);
    }
  }
  return found;
}

/** Forbids fields beyond the documented ones at the top of a request body: the client sends nothing extra. */
function closed(spec: Spec, schema: JsonObject): JsonObject {
  const name =
    typeof schema.$ref === 'string' ? schema.$ref.replace('#/components/schemas/', '') : undefined;
  const resolved = name === undefined ? schema : spec.components.schemas[name];
  if (!resolved || resolved.type !== 'object')
    throw new Error(`cannot close the request body schema ${name ?? ''}`);
  return { ...resolved, additionalProperties: false };
}

function describeErrors(errors: ErrorObject[] | null | undefined): string {
  return (errors ?? [])
    .map((error) => `${error.instancePath || '(root)'} ${error.message ?? ''}`)
    .join('; ');
}

/** Loads the spec and checks exchanges against it. Each check returns the problems found (empty: fits). */
export function loadContract() {
  const spec = JSON.parse(readFileSync(SPEC_URL, 'utf8')) as Spec;
  const ajv = new Ajv({ allErrors: true, strict: true });
  addFormats(ajv);

  const operations = Object.values(spec.paths).flatMap((item) => Object.values(item));
  const used = new Set<string>();
  for (const operation of operations) reachable(spec, operation as unknown as Json, used);
  const $defs = Object.fromEntries(
    [...used].map((name) => [name, toJsonSchema(spec.components.schemas[name] ?? {})]),
  );
  // One document holds every referenced component, so `$ref`s resolve as in the spec.
  ajv.addSchema({ $id: 'identity', $defs });
  const compiled = new Map<string, ValidateFunction>();
  const validator = (schema: Json): ValidateFunction => {
    const key = JSON.stringify(schema);
    let validate = compiled.get(key);
    if (!validate) {
      validate = ajv.compile(toJsonSchema(schema) as JsonObject);
      compiled.set(key, validate);
    }
    return validate;
  };

  const baseUrls = spec.servers.map((server) => server.url.replace('{domain}', '[^/.]+'));
  const templates = Object.keys(spec.paths).map((template) => ({
    template,
    pattern: new RegExp(`^${template.replace(/\{(\w+)\}/g, '(?<$1>[^/]+)')}$`),
  }));

  /** The spec operation an exchange addresses, with its decoded path parameters. */
  function operationOf(exchange: Exchange) {
    const base = baseUrls.find((url) =>
      new RegExp(`^${url.replaceAll('.', '\\.')}/`).test(exchange.url.href),
    );
    if (!base) return { problem: `${exchange.url.origin} is none of the spec's servers` } as const;
    const path = exchange.url.pathname.replace(/^\/identity/, '');
    const match = templates.find(({ pattern }) => pattern.test(path));
    const operation = match && spec.paths[match.template]?.[exchange.method.toLowerCase()];
    if (!match || !operation)
      return { problem: `${exchange.method} ${path} is not in the spec` } as const;
    const groups = match.pattern.exec(path)?.groups ?? {};
    const pathParams = Object.fromEntries(
      Object.entries(groups).map(([name, value]) => [name, decodeURIComponent(value)]),
    );
    return { template: match.template, operation, pathParams } as const;
  }

  /** Problems of the request: path, method, parameters, body fields and content type. */
  function checkRequest(exchange: Exchange): string[] {
    const found = operationOf(exchange);
    if ('problem' in found) return [found.problem];
    const { operation, pathParams } = found;
    const problems: string[] = [];
    const parameters = operation.parameters ?? [];
    for (const parameter of parameters) {
      const value =
        parameter.in === 'header'
          ? exchange.headers.get(parameter.name)
          : parameter.in === 'query'
            ? exchange.url.searchParams.get(parameter.name)
            : parameter.in === 'path'
              ? (pathParams[parameter.name] ?? null)
              : null;
      if (value === null) {
        if (parameter.required)
          problems.push(`required ${parameter.in} parameter ${parameter.name} is missing`);
        continue;
      }
      const validate = validator(parameter.schema ?? {});
      if (!validate(value))
        problems.push(`${parameter.in} ${parameter.name}: ${describeErrors(validate.errors)}`);
    }
    for (const name of exchange.url.searchParams.keys()) {
      if (!parameters.some((parameter) => parameter.in === 'query' && parameter.name === name)) {
        problems.push(`query parameter ${name} is not in the spec`);
      }
    }
    const bodySchema = operation.requestBody?.content?.['application/json']?.schema;
    if (!bodySchema) {
      if (exchange.body !== '') problems.push('a body was sent where the spec takes none');
      return problems;
    }
    if (exchange.body === '') {
      if (operation.requestBody?.required) problems.push('the required JSON body is missing');
      return problems;
    }
    if (exchange.headers.get('content-type') !== 'application/json') {
      problems.push(
        `content-type is ${exchange.headers.get('content-type')}, not application/json`,
      );
    }
    let body: Json;
    try {
      body = JSON.parse(exchange.body) as Json;
    } catch {
      return [...problems, 'the body is not JSON'];
    }
    const validate = validator(closed(spec, bodySchema));
    if (!validate(body)) problems.push(`request body: ${describeErrors(validate.errors)}`);
    return problems;
  }

  /**
   * Problems of the response: a success must be a documented status whose body fits its schema; an
   * error must be Frontegg's error body. `fallbackSchema` stands in for an operation the spec lacks, or
   * for a success body it leaves undocumented.
   */
  function checkResponse(exchange: Exchange, fallbackSchema?: string): string[] {
    const { status } = exchange;
    if (status >= 400) return checkJson(exchange.responseBody, ERROR_BODY, 'error body');
    const found = operationOf(exchange);
    if ('problem' in found) {
      if (!fallbackSchema) return [found.problem];
      return checkJson(
        exchange.responseBody,
        { $ref: `#/components/schemas/${fallbackSchema}` },
        'response body',
      );
    }
    const documented = found.operation.responses[String(status)];
    if (!documented)
      return [`status ${status} is not documented for ${exchange.method} ${found.template}`];
    const schema =
      documented.content?.['application/json']?.schema ??
      (fallbackSchema ? { $ref: `#/components/schemas/${fallbackSchema}` } : undefined);
    if (!schema)
      return exchange.responseBody === ''
        ? []
        : ['a body was returned where the spec documents none'];
    if (!(exchange.responseHeaders.get('content-type') ?? '').startsWith('application/json')) {
      return ['the response content type is not application/json'];
    }
    return checkJson(exchange.responseBody, schema, 'response body');
  }

  function checkJson(text: string, schema: Json, what: string): string[] {
    let value: Json;
    try {
      value = JSON.parse(text) as Json;
    } catch {
      return [`${what} is not JSON`];
    }
    const validate = validator(schema);
    return validate(value) ? [] : [`${what}: ${describeErrors(validate.errors)}`];
  }

  /**
   * Problems of a request body checked against a component schema, closed, without the fields `without`
   * names: for a route the spec lacks, against the schema of its closest documented twin.
   */
  function checkBodyAgainst(exchange: Exchange, component: string, without: string[]): string[] {
    const resolved = closed(spec, { $ref: `#/components/schemas/${component}` });
    const properties = Object(resolved.properties) as JsonObject;
    const schema: JsonObject = {
      ...resolved,
      properties: Object.fromEntries(
        Object.entries(properties).filter(([name]) => !without.includes(name)),
      ),
      required: ((resolved.required ?? []) as string[]).filter((name) => !without.includes(name)),
    };
    return checkJson(exchange.body, schema, 'request body');
  }

  /** The spec's `METHOD template` of an exchange, or undefined when the spec lacks it. */
  function routeOf(exchange: Exchange): string | undefined {
    const found = operationOf(exchange);
    return 'problem' in found ? undefined : `${exchange.method} ${found.template}`;
  }

  return { checkRequest, checkResponse, checkBodyAgainst, routeOf, spec };
}
