import { defineRoute } from '../define-route';

/** `GET /resources/configurations/v1/mfa/strategies`: the tenant's second factors; 200 `{ strategies }`. */
export const mfaStrategies = defineRoute({}, (context) =>
  Promise.resolve({
    status: 200,
    body: { strategies: context.config.mfaStrategies.map((entry) => ({ ...entry })) },
  }),
);
