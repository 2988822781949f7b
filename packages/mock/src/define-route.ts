import { authenticateSession, authenticateUser } from './auth';
import type { UserSession } from './auth';
import type { HandlerContext, HandlerResult, RouteHandler } from './context';
import type { UserRecord } from './users';
import {
  type BodyOf,
  type FieldRules,
  type RequestRules,
  checkFields,
  readJsonObject,
  requireQuery,
} from './validation';

/** What a handler gets once its request passed its rules: the caller, the query and the body, typed. */
export interface CheckedRequest<Rules extends RequestRules> {
  user: Rules extends { vendorHeaders: object } ? UserRecord : undefined;
  session: Rules extends { userSession: true } ? UserSession : undefined;
  query: Record<NonNullable<Rules['query']>[number], string>;
  body: Rules['body'] extends FieldRules ? BodyOf<Rules['body']> : undefined;
}

/**
 * A route handler with its request rules declared once, beside it: the caller is authenticated (a user, or the
 * user's own session), then the
 * query and the body are checked against `rules` before `handle` runs, so no handler can skip a field.
 */
export function defineRoute<const Rules extends RequestRules>(
  rules: Rules,
  handle: (context: HandlerContext, request: CheckedRequest<Rules>) => Promise<HandlerResult>,
): RouteHandler {
  const handler = async (context: HandlerContext): Promise<HandlerResult> => {
    const user =
      rules.vendorHeaders === undefined
        ? undefined
        : await authenticateUser(context, rules.vendorHeaders);
    const session = rules.userSession ? await authenticateSession(context) : undefined;
    const query = requireQuery(context.url, rules.query ?? []);
    let body;
    if (rules.body !== undefined) {
      body = await readJsonObject(context.request);
      checkFields(body, rules.body);
    }
    // The checks above are what the types promise.
    return handle(context, { user, session, query, body } as CheckedRequest<Rules>);
  };
  return Object.assign(handler, { request: rules });
}
