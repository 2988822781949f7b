// A sensitive action behind a step-up (`useStepUpAction`, maxAge 5 minutes) with `StepUpDialog`, for counting
// the requests of one step-up.
import { useStepUpAction } from '@mfa-kit/react';
import { StepUpDialog } from '@mfa-kit/ui/step-up-dialog';
import { useState } from 'react';
import { BenchProviders } from './bench-providers.js';

/** Props of {@link StepUp}. */
export interface StepUpProps {
  origin: string;
  /** The signed-in user's JWT, fresh or aged. */
  accessToken: string;
}

function SaveButton() {
  const [saved, setSaved] = useState(false);
  const save = useStepUpAction(() => setSaved(true), { maxAge: 300 });
  return (
    <>
      <button type="button" onClick={() => void save()}>
        Save the change
      </button>
      {saved && <p data-bench="saved">Saved.</p>}
    </>
  );
}

/** The action and the dialog in the bench's providers, signed in. */
export function StepUp({ origin, accessToken }: StepUpProps) {
  return (
    <BenchProviders origin={origin} accessToken={accessToken}>
      <SaveButton />
      <StepUpDialog />
    </BenchProviders>
  );
}
