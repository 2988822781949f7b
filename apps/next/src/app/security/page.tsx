import { MfaSettings } from '@mfa-kit/ui';
import type { Metadata } from 'next';
import Link from 'next/link';
import { SignedInOnly } from '../signed-in-only';

export const metadata: Metadata = { title: 'Security' };

// A server component: the kit's components are client components of their own (its files start with
// 'use client'), so one goes straight into a server page; only the session check needs a client boundary.
export default function SecurityPage() {
  return (
    <div className="settings">
      <h1 className="mfa-title">Security</h1>
      <p className="lead">Choose how you prove it’s you when you sign in.</p>
      <SignedInOnly>
        <MfaSettings />
      </SignedInOnly>
      <p>
        <Link href="/signed-in">Back to your account</Link>
      </p>
    </div>
  );
}
