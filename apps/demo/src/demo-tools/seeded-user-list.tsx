// Loaded lazily by the sign-in page, only when the embedded mock runs: the seeded users stay out of its bundle.
import { DEMO_USERS, type SeededUser } from '@mfa-kit/mock';
import { useId } from 'react';
import { describeFactors } from './describe-factors';

const users: readonly SeededUser[] = Object.values(DEMO_USERS);

/** Props of {@link SeededUserList}. */
export interface SeededUserListProps {
  /** Fills the sign-in form with the user's email and password (it does not submit). */
  onPick: (user: SeededUser) => void;
}

/** The embedded mock's seeded users, one per mix of second factors: one click fills the sign-in form. */
export default function SeededUserList({ onPick }: SeededUserListProps) {
  const titleId = useId();
  return (
    // One of the demo tools, in English whatever the page's language.
    <section className="seeded-users" aria-labelledby={titleId} lang="en" dir="ltr">
      <h2 id={titleId} className="seeded-users__title">
        Try a seeded user
      </h2>
      <p className="seeded-users__hint">
        Demo accounts of the mock backend running in this tab, one per mix of second factors.
        Choosing one fills in its email and password.
      </p>
      <ul className="seeded-users__list">
        {users.map((user) => (
          <li key={user.id}>
            {/* Named by its text, not aria-label: a label holding "email" would match the form's Email field. */}
            <button type="button" className="seeded-user" onClick={() => onPick(user)}>
              <span className="mfa-visually-hidden">Fill in </span>
              <span className="seeded-user__email">{user.email}</span>
              <span className="mfa-visually-hidden">, </span>
              <span className="seeded-user__factors">{describeFactors(user)}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
