import { describe, expect, it } from 'vitest';
import { DEMO_USERS } from './seeded-users';
import { matchesTotp, totpCode } from './totp';

// RFC 6238's SHA-1 test secret, "12345678901234567890" in base32; its appendix gives 94287082 at T = 59 s.
const RFC_SECRET = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';

describe('TOTP', () => {
  it("computes RFC 6238's codes at 6 digits (SHA-1, 30-second steps)", async () => {
    expect(await totpCode(RFC_SECRET, 59_000)).toBe('287082');
    expect(await totpCode(RFC_SECRET, 1_111_111_109_000)).toBe('081804');
  });

  it('accepts the code of any of the apps, one step either side, and nothing further', async () => {
    const apps = [
      { id: 'a', secret: DEMO_USERS.allFactors.authenticators[0].secret },
      { id: 'b', secret: RFC_SECRET },
    ];
    const now = Date.UTC(2030, 0, 1, 12);
    const code = await totpCode(RFC_SECRET, now);
    expect(await matchesTotp(apps, code, now)).toBe(true);
    expect(await matchesTotp(apps, code, now + 30_000)).toBe(true);
    expect(await matchesTotp(apps, code, now - 30_000)).toBe(true);
    expect(await matchesTotp(apps, code, now + 60_000)).toBe(false);
    expect(await matchesTotp(apps.slice(0, 1), code, now)).toBe(false);
  });
});
