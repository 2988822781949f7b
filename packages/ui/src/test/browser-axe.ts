import axe from 'axe-core';

/**
 * axe-core run in the real browser (vitest-axe pulls in Node-only modules): every rule, or only `rules`. Returns
 * one line per violating node, so a failing expectation names the rule and the element.
 */
export async function axeViolations(
  context: Element,
  rules?: readonly string[],
): Promise<string[]> {
  const results = await axe.run(context, {
    resultTypes: ['violations'],
    ...(rules ? { runOnly: { type: 'rule', values: [...rules] } } : {}),
  });
  return results.violations.flatMap((violation) =>
    violation.nodes.map(
      (node) => `${violation.id}: ${node.target.join(' ')} — ${node.failureSummary ?? ''}`,
    ),
  );
}
