import type { Metadata } from 'next';
import { SignedInOnly } from '../signed-in-only';
import { Account } from './account';

export const metadata: Metadata = { title: 'Your account' };

export default function SignedInPage() {
  return (
    <SignedInOnly>
      <Account />
    </SignedInOnly>
  );
}
