'use client';
import { useRouter } from 'next/navigation';
import { type ReactNode, useEffect } from 'react';
import { session, useSession } from '../session';
import { LoadingCard } from './loading-card';

/** Its children once this tab is signed in; otherwise back to the password, told why. */
export function SignedInOnly({ children }: { children: ReactNode }) {
  const current = useSession();
  const router = useRouter();
  useEffect(() => {
    if (current === null || current.status === 'signed-in') return;
    // A reload, a bookmark or a new tab: the session lived in another tab's memory.
    if (current.status !== 'signed-out' || !current.notice)
      session.signOut('Sign in to see this page.');
    router.replace('/sign-in');
  }, [current, router]);
  return current?.status === 'signed-in' ? children : <LoadingCard />;
}
