import { describe, expect, it } from 'vitest';
import { loadContract } from '../contract/openapi.js';
import { MFA_ENROLL_STRATEGIES } from './factor-kinds.js';

// Frontegg's strategies that are not added as a factor of their own (the email is already the account's).
const NOT_ADDED = ['EmailCode'];

describe("the factor table against Frontegg's spec", () => {
  it('names each kind a user can add by a strategy of the spec, and every strategy the spec has', () => {
    const { spec } = loadContract();
    const schema = spec.components.schemas['MFAStrategyResponse'] as {
      properties: { strategy: { enum: string[] } };
    };
    const documented = schema.properties.strategy.enum.filter((name) => !NOT_ADDED.includes(name));
    expect(
      Object.values(MFA_ENROLL_STRATEGIES).sort(),
      'MFA_ENROLL_STRATEGIES (core/src/login/factor-kinds.ts) against MFAStrategyResponse.strategy',
    ).toEqual([...documented].sort());
  });
});
