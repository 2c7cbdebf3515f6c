const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

const MONTH_NAME = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';

/** "January 27, 2026", "Jan 27 2026". */
export const MONTH_FIRST = new RegExp(`^${MONTH_NAME}\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})`, 'i');
/** "27 January 2026", "27 Jan 2026". */
export const DAY_FIRST = new RegExp(`^(\\d{1,2})\\s+${MONTH_NAME}\\.?,?\\s+(\\d{4})`, 'i');
// ISO 8601 and YAML 1.1 timestamps: one-digit months and days, a space for the T, a space before the zone.
const ISO_LIKE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:(?:[Tt]|[ \t]+)(\d{1,2}):(\d{2})(?::(\d{2})(\.\d+)?)?)?[ \t]*(Z|z|([+-])(\d{1,2})(?::?(\d{2}))?)?$/;
const SLASHED = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

function utc(y: number, m: number, d: number, hh = 0, mm = 0, ss = 0): string | null {
  const date = new Date(Date.UTC(y, m - 1, d, hh, mm, ss));
  // Date.UTC rolls 31 February over into March: reject instead of silently moving the day.
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  if (hh > 23 || mm > 59 || ss > 59) return null;
  return date.toISOString();
}

function monthIndex(name: string): number {
  return MONTHS[name.slice(0, name.toLowerCase().startsWith('sept') ? 4 : 3).toLowerCase()] ?? 0;
}

/**
 * Normalizes the date shapes found in news pages and front matter to an ISO 8601 UTC date-time.
 * Dates without a zone are taken as UTC; day/month/year is assumed for slashed dates (the
 * European order news sites use). Returns null when the value is not a real date.
 */
export function normalizeDate(value: unknown): string | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
  if (typeof value !== 'string') return null;
  const s = value.trim();
  let m = ISO_LIKE.exec(s);
  if (m) {
    // Every part is checked (no 30 February, no 10:75) before the zone moves the instant.
    const local = utc(+m[1]!, +m[2]!, +m[3]!, +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0));
    const [offsetHours, offsetMinutes] = [+(m[10] ?? 0), +(m[11] ?? 0)];
    if (!local || offsetHours > 23 || offsetMinutes > 59) return null;
    const offset = (m[9] === '-' ? -1 : 1) * (offsetHours * 60 + offsetMinutes) * 60_000;
    return new Date(Date.parse(local) - offset + Math.round(Number(`0${m[7] ?? ''}`) * 1000)).toISOString();
  }
  if ((m = MONTH_FIRST.exec(s)) && m[0].length === s.length) return utc(+m[3]!, monthIndex(m[1]!), +m[2]!);
  if ((m = DAY_FIRST.exec(s)) && m[0].length === s.length) return utc(+m[3]!, monthIndex(m[2]!), +m[1]!);
  if ((m = SLASHED.exec(s))) return utc(+m[3]!, +m[2]!, +m[1]!);
  return null;
}

/** Finds a date at the start of a line ("March 3, 2025Some Outlet") and returns it with the rest. */
export function leadingDate(line: string): { iso: string; rest: string } | null {
  const m = MONTH_FIRST.exec(line) ?? DAY_FIRST.exec(line);
  if (!m) return null;
  const iso = normalizeDate(m[0]);
  return iso ? { iso, rest: line.slice(m[0].length).trim() } : null;
}
