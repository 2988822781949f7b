'use client';
import Link from 'next/link';
import { session, useSession } from '../../session';

/** Who is signed in (never the token), and the way to the security settings. */
export function Account() {
  const current = useSession();
  if (current?.status !== 'signed-in') return null;
  return (
    <div className="mfa-card">
      <h1 className="mfa-title">You’re signed in</h1>
      <p className="lead">
        as <strong>{current.email}</strong>. The access token stays in this tab’s memory: reloading
        the page signs you out.
      </p>
      <div className="mfa-actions">
        <Link href="/security" className="mfa-button">
          Security settings
        </Link>
        <button
          type="button"
          className="mfa-button"
          data-variant="secondary"
          // The page's SignedInOnly takes the tab back to the sign-in page.
          onClick={() => session.signOut('You signed out.')}
        >
          Sign out
        </button>
      </div>
    </div>
  );
}
