'use client';
import { MfaLoginStep } from '@mfa-kit/ui/login-step';
import { useRouter } from 'next/navigation';
import { useEffect } from 'react';
import { session, useSession } from '../../session';
import { LoadingCard } from '../loading-card';

const EXPIRED = 'Your sign-in step expired; please sign in again.';

/** The kit's drop-in login step (its own heading and focus), fed the login answer this tab holds. */
export function VerifyStep() {
  const current = useSession();
  const router = useRouter();
  const status = current?.status;
  // The page follows the session: verified → the account; no login in progress (a reload, a bookmark,
  // `onRestart`) → back to the password, told why.
  useEffect(() => {
    if (status === 'signed-in') router.replace('/signed-in');
    if (status === 'signed-out') {
      if (current?.status === 'signed-out' && !current.notice) session.signOut(EXPIRED);
      router.replace('/sign-in');
    }
  }, [current, status, router]);
  if (current?.status !== 'second-factor') return <LoadingCard />;
  const { loginAnswer, email } = current;
  return (
    <MfaLoginStep
      loginAnswer={loginAnswer}
      email={email}
      onVerified={(auth) => session.signIn(auth, email)}
      onRestart={() => session.signOut(EXPIRED)}
      onRecovered={() => session.signOut('Two-step verification is off; sign in again.')}
    />
  );
}
