/** Dates of briefings as a reader writes them; shared by the article header and the print header. */

/** "12 April 2024", "April 2024" or "2024" from an ISO date or partial date. */
export function formatDate(date: string | null, year: number | null): string | null {
  if (!date) return year === null ? null : String(year);
  const [y, mo, d] = date.split('-').map(Number);
  if (!y) return date;
  const options: Intl.DateTimeFormatOptions = { year: 'numeric', ...(mo ? { month: 'long' } : {}), ...(d ? { day: 'numeric' } : {}) };
  return new Intl.DateTimeFormat('en-GB', { ...options, timeZone: 'UTC' }).format(new Date(Date.UTC(y, (mo ?? 1) - 1, d ?? 1)));
}
