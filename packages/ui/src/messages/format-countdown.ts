/**
 * A wait as `m:ss` (`h:mm:ss` from an hour up), rounded up to whole seconds so a countdown never
 * shows 0:00 while time is left. Anything not a positive number reads `0:00`.
 */
export function formatCountdown(seconds: number): string {
  const total = seconds > 0 && Number.isFinite(seconds) ? Math.ceil(seconds) : 0;
  const pad = (part: number) => String(part).padStart(2, '0');
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor(total / 60) % 60;
  const rest = `${pad(total % 60)}`;
  return hours ? `${hours}:${pad(minutes)}:${rest}` : `${minutes}:${rest}`;
}
