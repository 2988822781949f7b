/** One seeded user's codes in a {@link DemoCodeList}. */
export interface DemoCodeEntry {
  key: string;
  /** The user's email address. */
  owner: string;
  /** The codes; `null` while they are being worked out. */
  codes: readonly string[] | null;
}

/** Codes by seeded user (the authenticator app's, the recovery codes): demo data to type in by hand. */
export function DemoCodeList({
  label,
  entries,
}: {
  label: string;
  entries: readonly DemoCodeEntry[];
}) {
  return (
    <dl className="demo-codes" aria-label={label}>
      {entries.map((entry) => (
        <div key={entry.key} className="demo-codes__entry">
          <dt className="demo-codes__owner">{entry.owner}</dt>
          <dd className="demo-codes__codes">
            {entry.codes === null ? (
              <span className="demo-codes__pending">Working it out…</span>
            ) : (
              entry.codes.map((code) => (
                <code key={code} className="inbox__code">
                  {code}
                </code>
              ))
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}
