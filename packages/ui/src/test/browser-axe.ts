import axe from 'axe-core';

/**
 * axe-core run in the real browser (vitest-axe pulls in Node-only modules). Returns one line per
 * violating node, so a failing expectation names the rule and the element.
 */
export async function axeViolations(context: Element): Promise<string[]> {
  const results = await axe.run(context, { resultTypes: ['violations'] });
  return results.violations.flatMap((violation) =>
    violation.nodes.map(
      (node) => `${violation.id}: ${node.target.join(' ')} — ${node.failureSummary ?? ''}`,
    ),
  );
}
