/**
 * Publication dates as documents write them → the ISO date or partial date the metadata holds
 * ("2024-04-12", "2024-04", "2024"). Accepts ISO dates and timestamps, "2024/04/12" (the form
 * Google Scholar's citation tags use) and "12 April 2024"; anything else is null.
 */

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

export function isoDate(written: unknown): string | null {
  if (written instanceof Date && !Number.isNaN(written.getTime())) return written.toISOString().slice(0, 10);
  if (typeof written === 'number' && Number.isInteger(written)) return isoDate(String(written));
  if (typeof written !== 'string') return null;
  const text = written.trim();
  const numeric = /^((?:1[5-9]|20)\d\d)(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?(?:[T\s].*)?$/.exec(text);
  if (numeric) return join(numeric[1]!, numeric[2], numeric[3]);
  const words = /^(?:(\d{1,2})\s+)?([A-Za-z]+)\.?\s+(\d{4})$/.exec(text);
  if (words) {
    const month = MONTHS.findIndex((m) => m.startsWith(words[2]!.toLowerCase()) && words[2]!.length >= 3);
    if (month >= 0) return join(words[3]!, String(month + 1), words[1]);
  }
  return null;
}

function join(year: string, month?: string, day?: string): string | null {
  if (month === undefined) return year;
  const m = Number(month);
  if (m < 1 || m > 12) return null;
  if (day === undefined) return `${year}-${month.padStart(2, '0')}`;
  const d = Number(day);
  if (d < 1 || d > 31) return null;
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}
