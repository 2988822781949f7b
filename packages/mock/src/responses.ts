import type { MockHttpError } from './errors';

/** The header Frontegg puts its trace id in; support asks for it. */
export const TRACE_ID_HEADER = 'frontegg-trace-id';

const JSON_TYPE = 'application/json; charset=utf-8';

/** A JSON response with the trace id every Frontegg answer carries. */
export function jsonResponse(
  status: number,
  body: unknown,
  traceId: string,
  headers: Record<string, string> = {},
): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': JSON_TYPE, [TRACE_ID_HEADER]: traceId, ...headers },
  });
}

/** A response without a body (the SMS disable verify answers this way). */
export function emptyResponse(status: number, traceId: string): Response {
  return new Response(null, { status, headers: { [TRACE_ID_HEADER]: traceId } });
}

/** A response whose body claims to be JSON and is not. */
export function rawResponse(status: number, text: string, traceId: string): Response {
  return new Response(text, {
    status,
    headers: { 'content-type': JSON_TYPE, [TRACE_ID_HEADER]: traceId },
  });
}

/** Frontegg's error body: `{ errors: string[], errorCode }`. */
export function errorResponse(error: MockHttpError, traceId: string): Response {
  return jsonResponse(
    error.status,
    { errors: [error.message], errorCode: error.errorCode },
    traceId,
    { ...error.headers },
  );
}
