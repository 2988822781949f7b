// The size budgets of issue #12's login step. A budget exceeded is a bench failure: `pnpm bench` and the smoke
// (part of `pnpm test`) exit non-zero, so the step cannot grow past them unnoticed.

/** Issue #12's target: the step's initial load at most this much more than the email step (JS + CSS, min+gzip). */
export const LOGIN_STEP_INITIAL_FACTOR = 1.1;
/** What each other factor's form may add when it is shown (min+gzip, bytes). */
export const FORM_ON_DEMAND_LIMIT = 4000;

/** Every budget with what was measured: `{ name, measured, limit, ok }`, bytes min+gzip. */
export function checkBudgets(sizes) {
  const size = (id) => sizes.find((entry) => entry.id === id);
  const step = size('login-step/mfa-kit');
  const emailStep = size('email-step/mfa-kit');
  const budgets = [
    {
      name: `login step, initial (${step.firstKind} first, JS + CSS) ≤ email step × ${LOGIN_STEP_INITIAL_FACTOR} (issue #12)`,
      measured: step.totalGzip,
      limit: Math.floor(emailStep.totalGzip * LOGIN_STEP_INITIAL_FACTOR),
    },
    ...Object.values(step.onDemand).map((form) => ({
      name: `${form.label} on demand ≤ ${FORM_ON_DEMAND_LIMIT / 1000} kB`,
      measured: form.gzip,
      limit: FORM_ON_DEMAND_LIMIT,
    })),
  ];
  return budgets.map((budget) => ({ ...budget, ok: budget.measured <= budget.limit }));
}
