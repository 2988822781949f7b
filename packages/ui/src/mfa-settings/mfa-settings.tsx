import { useMfaDevices } from '@mfa-kit/react';
import type { MfaFlowOptions } from '@mfa-kit/react';
import { useEffect, useId, useRef, useState } from 'react';
import { DisableSmsMfaForm } from '../disable-sms-mfa-form/disable-sms-mfa-form.js';
import { phoneInText } from '../disable-sms-mfa-form/phone-in-text.js';
import { DevicesStatus, devicesState } from '../mfa-device-list/devices-status.js';
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
import { settingsMethods } from './settings-methods.js';
import type { SettingsMethod } from './settings-methods.js';

/** Props of {@link MfaSettings}. The timing options go to each add and remove step. */
export interface MfaSettingsProps extends MfaFlowOptions {
  /** The tenant enforces two-step verification: the last method can't be removed. */
  mfaEnforced?: boolean | undefined;
  /**
   * Confirm every phone's removal with a code texted to it. Default `false`: as Frontegg's SDK, a phone goes in
   * one press (one request, no code) while another method is left; only the last method asks for the code.
   */
  confirmPhoneRemovalWithCode?: boolean | undefined;
  /** Texts to replace, or a whole locale (`heMessages`). */
  messages?: MfaMessagesOverride | undefined;
  /** Level of the section's heading (the panels' are one below). Default 2. */
  headingLevel?: 1 | 2 | 3 | undefined;
  /** Class of the `<section>`, after `mfa-card mfa-form mfa-settings`. */
  className?: string | undefined;
}

type AddAction = 'add-authenticator' | 'add-phone' | 'add-passkey' | 'add-security-key';
const ADD_ACTIONS: readonly AddAction[] = [
  'add-authenticator',
  'add-phone',
  'add-passkey',
  'add-security-key',
];

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
  headingLevel = 2,
  className,
  ...flowOptions
}: Omit<MfaSettingsProps, 'messages'>) {
  const messages = useMfaMessages();
  const texts = messages.settings;
  const devices = useMfaDevices();
  const methods = devices.data ? settingsMethods(devices.data, texts) : [];
  // One panel at a time: an add action, or a method's id for its removal.
  const [open, setOpen] = useState<string | null>(null);
  const [guarded, setGuarded] = useState<string | null>(null);
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

  const state = devicesState(devices, methods.length);
  const close = (key: string) => {
    setOpen(null);
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
  const toggle = (key: string) => {
    setAnnouncement('');
    setGuarded(null);
    setOpen((current) => (current === key ? null : key));
  };

  const removePanel = (method: SettingsMethod) => {
    const removed = () => {
      // The row is gone: focus goes to the title.
      close('');
      setAnnouncement(
        method.kind === 'phone'
          ? messages.smsDisable.done(phoneInText(method.phoneNumber ?? ''))
          : texts.removed(method.label),
      );
    };
    const props = panelProps(method.id, removed);
    if (method.kind === 'authenticator')
      return <RemoveAuthenticatorPanel {...props} deviceId={method.id} />;
    // With another method left, a phone goes without a texted code, as Frontegg's SDK does.
    if (method.kind === 'phone' && !confirmPhoneRemovalWithCode && methods.length > 1)
      return <RemovePhonePanel {...props} deviceId={method.id} label={method.label} />;
    if (method.kind === 'phone')
      return (
        <DisableSmsMfaForm
          {...flowOptions}
          deviceId={method.id}
          phoneNumber={method.phoneNumber ?? ''}
          headingLevel={panelLevel}
          onCancel={() => close(method.id)}
          onDisabled={removed}
        />
      );
    return <RemoveWebAuthnPanel {...props} deviceId={method.id} label={method.label} />;
  };

  const addPanel = (action: AddAction) => {
    const props = panelProps(action, () => {
      close(action);
      setAnnouncement(texts.added(addedMethod(action)));
    });
    if (action === 'add-authenticator') return <AddAuthenticatorPanel {...props} />;
    if (action === 'add-phone') return <AddPhonePanel {...props} />;
    return (
      <AddWebAuthnPanel {...props} kind={action === 'add-passkey' ? 'passkey' : 'security-key'} />
    );
  };
  const addedMethod = (action: AddAction) =>
    ({
      'add-authenticator': texts.authenticator,
      'add-phone': texts.phone,
      'add-passkey': texts.passkey,
      'add-security-key': texts.securityKey,
    })[action];
  const addLabel = (action: AddAction) =>
    ({
      'add-authenticator': texts.addAuthenticator,
      'add-phone': texts.addPhone,
      'add-passkey': texts.addPasskey,
      'add-security-key': texts.addSecurityKey,
    })[action];
  const lastMethod = mfaEnforced && methods.length === 1;

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
      {methods.length > 0 && (
        <ul className="mfa-device-list mfa-settings-list" aria-labelledby={titleId}>
          {methods.map((method) => {
            const key = method.id || method.label;
            const guardId = `${titleId}-guard-${key}`;
            return (
              <li key={key} data-kind={method.kind} data-open={open === method.id || undefined}>
                <span className="mfa-settings-method">
                  <span className="mfa-settings-kind">{method.kindLabel}</span>
                  {method.detail && (
                    <span className="mfa-settings-detail" dir="auto">
                      {method.detail}
                    </span>
                  )}
                </span>
                {method.kind === 'email' ? (
                  <span className="mfa-hint">{texts.emailNote}</span>
                ) : (
                  open !== method.id && (
                    <button
                      data-opens={method.id}
                      type="button"
                      className="mfa-button"
                      data-variant="secondary"
                      aria-label={texts.removeLabel(method.label)}
                      aria-describedby={guarded === method.id ? guardId : undefined}
                      onClick={() => {
                        if (lastMethod) {
                          setOpen(null);
                          setGuarded(method.id);
                          return;
                        }
                        toggle(method.id);
                      }}
                    >
                      {texts.remove}
                    </button>
                  )
                )}
                {guarded === method.id && (
                  <p
                    className="mfa-alert mfa-settings-guard"
                    data-variant="info"
                    role="alert"
                    id={guardId}
                  >
                    {texts.lastMethod}
                  </p>
                )}
                {open === method.id && (
                  <SettingsPanel onClose={() => close(method.id)}>
                    {removePanel(method)}
                  </SettingsPanel>
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
            {ADD_ACTIONS.map((action) => (
              <button
                key={action}
                data-opens={action}
                type="button"
                className="mfa-button"
                data-variant={open === action ? undefined : 'secondary'}
                aria-expanded={open === action}
                onClick={() => toggle(action)}
              >
                {addLabel(action)}
              </button>
            ))}
          </div>
          {open && (ADD_ACTIONS as readonly string[]).includes(open) && (
            <SettingsPanel onClose={() => close(open)}>{addPanel(open as AddAction)}</SettingsPanel>
          )}
        </>
      )}
    </section>
  );
}
