import type { MfaEnrollChoice, MfaRemovalPolicy, MfaStrategy } from '@mfa-kit/core';
import { useMfaSettings } from '@mfa-kit/react';
import type { MfaFlowOptions } from '@mfa-kit/react';
import { useEffect, useId, useRef, useState } from 'react';
import { RemovePhoneWithCodeForm } from '../remove-phone-with-code-form/remove-phone-with-code-form.js';
import { phoneInText } from '../mask/in-text.js';
import { DevicesStatus } from '../mfa-device-list/devices-status.js';
import type { MfaMessagesOverride } from '../messages/messages.js';
import { MfaMessagesProvider, useMfaMessages } from '../messages/messages-context.js';
import { AddAuthenticatorPanel } from './add-authenticator-panel.js';
import { AddPhonePanel } from './add-phone-panel.js';
import { AddWebAuthnPanel } from './add-webauthn-panel.js';
import type { SettingsPanelBaseProps } from './panel-props.js';
import { RemoveAuthenticatorPanel } from './remove-authenticator-panel.js';
import { RemovePhonePanel } from './remove-phone-panel.js';
import { RemoveWebAuthnPanel } from './remove-webauthn-panel.js';
import { SettingsPanel } from './settings-panel.js';
import { settingsRow } from './settings-row.js';
import type { SettingsRow } from './settings-row.js';

/**
 * Props of {@link MfaSettings}. The timing options go to each add and remove step; `mfaEnforced` and
 * `confirmPhoneRemovalWithCode` are core's removal policy (`mfaRemoval`).
 */
export interface MfaSettingsProps extends MfaFlowOptions, MfaRemovalPolicy {
  /**
   * The tenant's strategies (e.g. `useMfaStrategies().data?.strategies`): only the factors they allow are offered
   * to add. Default: every factor the kit adds.
   */
  strategies?: readonly MfaStrategy[] | undefined;
  /**
   * Ask for a second factor again before an add or remove step opens, when the sign-in is older than `maxAge`
   * seconds (e.g. `{ maxAge: 300 }`); mount a `StepUpDialog` (`@mfa-kit/ui/step-up-dialog`) inside the
   * `MfaProvider`. A user with no second factor adds their first without one. Default: no step-up.
   */
  stepUp?: { maxAge?: number | undefined } | undefined;
  /** Texts to replace, or a whole locale (`heMessages`). */
  messages?: MfaMessagesOverride | undefined;
  /** Level of the section's heading (the panels' are one below). Default 2. */
  headingLevel?: 1 | 2 | 3 | undefined;
  /** Class of the `<section>`, after `mfa-card mfa-form mfa-settings`. */
  className?: string | undefined;
}

// What an add button's `data-opens` says, for focus to come back to it.
const ADD_KEY: Readonly<Record<MfaEnrollChoice, string>> = {
  authenticator: 'add-authenticator',
  sms: 'add-phone',
  passkey: 'add-passkey',
  'security-key': 'add-security-key',
};

/**
 * The signed-in user's second factors in account settings: authenticator apps, phones (masked), passkeys and
 * security keys (by name), emails (masked; set by the organization, so no add or remove), each with its add
 * and remove step opened in place, one at a time (Escape closes it, focus goes back to its button). A phone
 * goes in one press while another method is left; the last one is confirmed with a texted code. When the
 * tenant enforces MFA, the last method's Remove says why it stays. `data-state`: `loading`, `error`, `empty`
 * or `ready`.
 *
 * @example
 * <MfaSettings mfaEnforced={tenant.mfaEnforced} headingLevel={2} />
 */
export function MfaSettings({ messages, ...props }: MfaSettingsProps) {
  return (
    <MfaMessagesProvider messages={messages}>
      <MfaSettingsBody {...props} />
    </MfaMessagesProvider>
  );
}

// Rendered inside the instance's provider, so that its hooks and parts read the instance's texts.
function MfaSettingsBody({
  mfaEnforced = false,
  confirmPhoneRemovalWithCode = false,
  strategies,
  stepUp,
  headingLevel = 2,
  className,
  ...flowOptions
}: Omit<MfaSettingsProps, 'messages'>) {
  const messages = useMfaMessages();
  const texts = messages.settings;
  const settings = useMfaSettings({
    mfaEnforced,
    confirmPhoneRemovalWithCode,
    strategies,
    // Measured on the flows' clock, as their codes' expiry is.
    stepUp: stepUp && { ...stepUp, clock: flowOptions.clock },
  });
  const { devices, panel, state } = settings;
  const rows = settings.methods.map((method) => settingsRow(method, texts));
  const [announcement, setAnnouncement] = useState('');
  // Where focus goes once a panel closes: the button that opened it, or the title when that is gone.
  const [focusRequest, setFocusRequest] = useState<{ key: string } | null>(null);
  const sectionRef = useRef<HTMLElement>(null);
  const titleRef = useRef<HTMLHeadingElement>(null);
  const titleId = useId();
  const addTitleId = useId();
  const Heading = `h${headingLevel}` as const;
  const SubHeading = `h${headingLevel + 1}` as 'h2' | 'h3' | 'h4';
  const panelLevel = (headingLevel + 1) as 2 | 3 | 4;

  useEffect(() => {
    if (!focusRequest) return;
    const button = sectionRef.current?.querySelector<HTMLElement>(
      `[data-opens="${focusRequest.key}"]`,
    );
    (button ?? titleRef.current)?.focus();
  }, [focusRequest]);

  const close = (key: string) => {
    settings.close();
    setFocusRequest({ key });
  };
  const panelProps = (key: string, done: () => void): SettingsPanelBaseProps => ({
    flowOptions,
    headingLevel: panelLevel,
    onDone: done,
    cancelButton: (
      <button
        type="button"
        className="mfa-button"
        data-variant="secondary"
        onClick={() => close(key)}
      >
        {messages.cancel}
      </button>
    ),
  });
  const removePanel = ({ method, inText }: SettingsRow) => {
    const removed = () => {
      // The row is gone: focus goes to the title.
      close('');
      setAnnouncement(
        method.kind === 'phone'
          ? messages.removePhoneWithCode.done(phoneInText(method.phoneNumber))
          : texts.removed(inText),
      );
    };
    const props = panelProps(method.id, removed);
    if (!method.removal.removable) return null;
    switch (method.removal.way) {
      case 'authenticator':
        return <RemoveAuthenticatorPanel {...props} deviceId={method.id} />;
      case 'phone':
        return <RemovePhonePanel {...props} deviceId={method.id} label={inText} />;
      case 'phone-with-code':
        return (
          <RemovePhoneWithCodeForm
            {...flowOptions}
            deviceId={method.id}
            phoneNumber={method.phoneNumber}
            headingLevel={panelLevel}
            onCancel={() => close(method.id)}
            onDone={removed}
          />
        );
      case 'webauthn':
        return <RemoveWebAuthnPanel {...props} deviceId={method.id} label={inText} />;
    }
  };

  const addPanel = (choice: MfaEnrollChoice) => {
    const props = panelProps(ADD_KEY[choice], () => {
      close(ADD_KEY[choice]);
      setAnnouncement(texts.added(addedMethod[choice]));
    });
    if (choice === 'authenticator') return <AddAuthenticatorPanel {...props} />;
    if (choice === 'sms') return <AddPhonePanel {...props} />;
    return <AddWebAuthnPanel {...props} kind={choice} />;
  };
  const addedMethod: Record<MfaEnrollChoice, string> = {
    authenticator: texts.authenticator,
    sms: texts.phone,
    passkey: texts.passkey,
    'security-key': texts.securityKey,
  };
  const addLabel: Record<MfaEnrollChoice, string> = {
    authenticator: texts.addAuthenticator,
    sms: texts.addPhone,
    passkey: texts.addPasskey,
    'security-key': texts.addSecurityKey,
  };
  const removing = panel?.action === 'remove' ? panel.method.id : null;

  return (
    <section
      ref={sectionRef}
      className={['mfa-card mfa-form mfa-settings', className].filter(Boolean).join(' ')}
      lang={messages.locale}
      dir={messages.dir}
      aria-labelledby={titleId}
      aria-busy={devices.isFetching || undefined}
      data-state={state}
    >
      <Heading className="mfa-title" id={titleId} ref={titleRef} tabIndex={-1}>
        {texts.title}
      </Heading>
      <DevicesStatus devices={devices} state={state} announcement={announcement} texts={texts} />
      {rows.length > 0 && (
        <ul className="mfa-device-list mfa-settings-list" aria-labelledby={titleId}>
          {rows.map((row) => {
            const { method } = row;
            const key = method.id || row.label;
            const guardId = `${titleId}-guard-${key}`;
            const guarded =
              settings.kept?.reason === 'last-method' && settings.kept.method.id === method.id;
            return (
              <li key={key} data-kind={method.kind} data-open={removing === method.id || undefined}>
                <span className="mfa-settings-method">
                  <span className="mfa-settings-kind">{row.kindLabel}</span>
                  {row.detail && (
                    <span className="mfa-settings-detail" dir="auto" translate="no">
                      {row.detail}
                    </span>
                  )}
                </span>
                {method.kind === 'email' ? (
                  <span className="mfa-hint">{texts.emailNote}</span>
                ) : (
                  removing !== method.id && (
                    <button
                      data-opens={method.id}
                      type="button"
                      className="mfa-button"
                      data-variant="secondary"
                      aria-label={texts.removeLabel(row.label)}
                      aria-describedby={guarded ? guardId : undefined}
                      onClick={() => {
                        if (method.removal.removable) setAnnouncement('');
                        settings.toggleRemove(method);
                      }}
                    >
                      {texts.remove}
                    </button>
                  )
                )}
                {guarded && (
                  <p
                    className="mfa-alert mfa-settings-guard"
                    data-variant="info"
                    role="alert"
                    id={guardId}
                  >
                    {texts.lastMethod}
                  </p>
                )}
                {removing === method.id && (
                  <SettingsPanel onClose={() => close(method.id)}>{removePanel(row)}</SettingsPanel>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {state !== 'loading' && (
        <>
          <SubHeading className="mfa-subtitle" id={addTitleId}>
            {texts.addTitle}
          </SubHeading>
          <div className="mfa-settings-add" role="group" aria-labelledby={addTitleId}>
            {settings.addChoices.map((choice) => {
              const expanded = panel?.action === 'add' && panel.choice === choice;
              return (
                <button
                  key={choice}
                  data-opens={ADD_KEY[choice]}
                  type="button"
                  className="mfa-button"
                  data-variant={expanded ? undefined : 'secondary'}
                  aria-expanded={expanded}
                  onClick={() => {
                    setAnnouncement('');
                    settings.toggleAdd(choice);
                  }}
                >
                  {addLabel[choice]}
                </button>
              );
            })}
          </div>
          {panel?.action === 'add' && (
            <SettingsPanel onClose={() => close(ADD_KEY[panel.choice])}>
              {addPanel(panel.choice)}
            </SettingsPanel>
          )}
        </>
      )}
    </section>
  );
}
