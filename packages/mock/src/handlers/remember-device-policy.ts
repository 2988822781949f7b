import { defineRoute } from '../define-route';

/**
 * `GET /resources/configurations/v1/mfa-policy/allow-remember-device?mfaToken=`: whether the "remember this
 * device" choice is offered, and for how many seconds.
 */
export const rememberDevicePolicy = defineRoute({ query: ['mfaToken'] }, (context, { query }) => {
  context.state.userOfChallenge(query.mfaToken);
  return Promise.resolve({ status: 200, body: { ...context.config.rememberDevice } });
});
