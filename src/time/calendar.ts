// Small calendar helpers on plain (year, month, day) numbers, free of time zones: entente's dates are
// days, and going through local-time Date objects would shift them on machines east or west of UTC.

/** Days since 1970-01-01 for a civil date (month 1-12). */
export function dayNumber(y: number, m: number, d: number): number {
  return Math.floor(Date.UTC(y, m - 1, d) / 86400000);
}

/** YYYY-MM-DD of a day number. */
export function isoOfDayNumber(n: number): string {
  return new Date(n * 86400000).toISOString().slice(0, 10);
}

export function iso(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}

/** Day of the week, 0 = Sunday (as Date#getDay and chrono-node's Weekday). */
export function weekdayOf(y: number, m: number, d: number): number {
  return (((dayNumber(y, m, d) + 4) % 7) + 7) % 7;
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})/;

/** Parse the YYYY-MM-DD prefix of a publication date; null when absent or malformed. */
export function parseIsoDay(s: string | null | undefined): { y: number; m: number; d: number } | null {
  if (!s) return null;
  const m = ISO_DAY.exec(s);
  if (!m) return null;
  const y = +m[1];
  const mo = +m[2];
  const d = +m[3];
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return null;
  return { y, m: mo, d };
}
