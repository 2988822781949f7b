import type {
  MfaEnrollChoice,
  MfaKeptReason,
  MfaRemovalWay,
  MfaSettingsMethod,
  MfaStrategy,
} from '@mfa-kit/core';
import { describe, expectTypeOf, test } from 'vitest';
import { useMfaSettings } from './use-mfa-settings.js';
import type { MfaSettingsPanel, MfaSettingsState } from './use-mfa-settings.js';

declare const strategies: MfaStrategy[];
declare const settings: ReturnType<typeof useMfaSettings>;

describe('useMfaSettings types', () => {
  test('every option is optional; strategies are the tenant’s', () => {
    useMfaSettings({ mfaEnforced: true, confirmPhoneRemovalWithCode: false, strategies });
    useMfaSettings({ strategies: undefined });
    // @ts-expect-error: strategies are objects, not names
    useMfaSettings({ strategies: ['SMS'] });
  });

  test('methods carry their removal: a way when removable, a reason when kept', () => {
    expectTypeOf(settings.state).toEqualTypeOf<MfaSettingsState>();
    expectTypeOf(settings.methods).toEqualTypeOf<readonly MfaSettingsMethod[]>();
    expectTypeOf(settings.addChoices).toEqualTypeOf<readonly MfaEnrollChoice[]>();
    const removal = settings.methods[0]!.removal;
    if (removal.removable) expectTypeOf(removal.way).toEqualTypeOf<MfaRemovalWay>();
    else expectTypeOf(removal.reason).toEqualTypeOf<MfaKeptReason>();
    // @ts-expect-error: only a kept method has a reason
    void removal.reason;
  });

  test('the open panel is an add choice or a method to remove', () => {
    expectTypeOf(settings.panel).toEqualTypeOf<MfaSettingsPanel | null>();
    const panel = settings.panel;
    if (panel?.action === 'add') expectTypeOf(panel.choice).toEqualTypeOf<MfaEnrollChoice>();
    if (panel?.action === 'remove') expectTypeOf(panel.method).toEqualTypeOf<MfaSettingsMethod>();
    settings.toggleAdd('sms');
    // @ts-expect-error: a phone is added as the `sms` choice
    settings.toggleAdd('phone');
    // @ts-expect-error: a method, not its id
    settings.toggleRemove('device-id');
    expectTypeOf(settings.close).toEqualTypeOf<() => void>();
  });
});
