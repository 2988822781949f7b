import type { RouteHandler } from '../context';
import { badRequest } from '../errors';

/**
 * `GET /resources/configurations/v1/mfa-policy/allow-remember-device?mfaToken=`: whether the "remember this
 * device" choice is offered, and for how many seconds.
 */
export const rememberDevicePolicy: RouteHandler = (context) => {
  const mfaToken = context.url.searchParams.get('mfaToken');
  if (mfaToken === null || mfaToken === '')
    throw badRequest('The mfaToken query parameter is required');
  context.state.userOfChallenge(mfaToken);
  return Promise.resolve({ status: 200, body: { ...context.config.rememberDevice } });
};
