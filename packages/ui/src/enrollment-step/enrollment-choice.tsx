import type { MfaApiError, MfaStrategiesResponse } from '@mfa-kit/core';
import type { UseQueryResult } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { useMfaMessages } from '../messages/messages-context.js';
import { mfaEnrollChoices } from '@mfa-kit/core';
import type { MfaEnrollChoice } from '@mfa-kit/core';

/** Props of {@link EnrollmentChoice}. */
export interface EnrollmentChoiceProps {
  /** `useMfaStrategies()`, held by the step so that coming back to the choice asks nothing again. */
  strategies: UseQueryResult<MfaStrategiesResponse, MfaApiError>;
  /** The choice made before, when the user came back to choose another. */
  initial: MfaEnrollChoice | null;
  onChoose: (choice: MfaEnrollChoice) => void;
  headingLevel: 1 | 2 | 3 | 4;
  className: string | undefined;
}

const LABELS = {
  authenticator: ['authenticator', 'authenticatorHint'],
  passkey: ['passkey', 'passkeyHint'],
  'security-key': ['securityKey', 'securityKeyHint'],
  sms: ['sms', 'smsHint'],
} as const;

/**
 * The factors the tenant lets a user add, as a radio group (arrow keys move, Continue confirms): asked once, with
 * the wait, a failure and its retry, and a tenant that offers none said plainly.
 */
export function EnrollmentChoice({
  strategies,
  initial,
  onChoose,
  headingLevel,
  className,
}: EnrollmentChoiceProps) {
  const messages = useMfaMessages();
  const texts = messages.enroll;
  const choices = strategies.data ? mfaEnrollChoices(strategies.data.strategies) : [];
  const [picked, setPicked] = useState<MfaEnrollChoice | null>(initial);
  const selected = picked && choices.includes(picked) ? picked : (choices[0] ?? null);
  const titleId = useId();
  const name = useId();
  const Heading = `h${headingLevel}` as const;
  const firstRadio = useRef<HTMLInputElement>(null);
  const ready = choices.length > 0;

  // Back from a form, or shown in place of the password step (nothing holds focus): the choice takes it.
  useEffect(() => {
    const active = document.activeElement;
    if (ready && (initial || !active || active === document.body)) firstRadio.current?.focus();
  }, [ready, initial]);

  return (
    <form
      className={className ? `mfa-card mfa-form ${className}` : 'mfa-card mfa-form'}
      lang={messages.locale}
      dir={messages.dir}
      aria-labelledby={titleId}
      aria-busy={strategies.isPending || undefined}
      data-step="choose"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (selected) onChoose(selected);
      }}
    >
      <Heading className="mfa-title" id={titleId}>
        {texts.title}
      </Heading>
      <p role="status" className="mfa-status">
        {strategies.isPending ? texts.loading : texts.intro}
      </p>
      {strategies.isError && (
        <div className="mfa-alert mfa-notice" data-variant="error">
          <p role="alert">{texts.loadFailed}</p>
          <button
            type="button"
            className="mfa-button"
            data-variant="secondary"
            onClick={() => void strategies.refetch()}
          >
            {messages.tryAgain}
          </button>
        </div>
      )}
      {strategies.isSuccess && !ready && (
        <p role="alert" className="mfa-alert" data-variant="error">
          {texts.noneOffered}
        </p>
      )}
      {ready && (
        <>
          <fieldset className="mfa-choices">
            <legend className="mfa-label">{texts.choose}</legend>
            {choices.map((choice, index) => {
              const [label, hint] = LABELS[choice];
              return (
                <label key={choice} className="mfa-choice" data-choice={choice}>
                  <input
                    ref={(index === 0 && !initial) || choice === initial ? firstRadio : undefined}
                    type="radio"
                    className="mfa-choice__input"
                    name={name}
                    value={choice}
                    checked={choice === selected}
                    aria-describedby={`${name}-${choice}`}
                    onChange={() => setPicked(choice)}
                  />
                  <span className="mfa-choice__label">{texts[label]}</span>
                  {/* The radio's description, not part of its name. */}
                  <span className="mfa-choice__hint" id={`${name}-${choice}`} aria-hidden="true">
                    {texts[hint]}
                  </span>
                </label>
              );
            })}
          </fieldset>
          <div className="mfa-actions">
            <button type="submit" className="mfa-button">
              {texts.next}
            </button>
          </div>
        </>
      )}
    </form>
  );
}
