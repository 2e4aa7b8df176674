/**
 * Which metadata a briefing keeps when it is updated to a new edition. The user's edits win: a
 * field whose value differs from what the parser read from the old file was set by the user and
 * stays. Other fields take the new file's value (a new edition may carry a new date or title),
 * unless the new file has none, in which case the current value stays.
 */
import type { BriefingMetadata } from '../../../shared/types';

const FIELDS = [
  'title',
  'subtitle',
  'documentType',
  'publisher',
  'series',
  'language',
  'year',
  'date',
  'authors',
  'peNumber',
  'url'
] as const satisfies ReadonlyArray<keyof BriefingMetadata>;

const isEmpty = (value: unknown) => value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * @param current - the briefing's metadata now, with the user's edits
 * @param parsedBefore - what the parser read from the current edition's file; null when unknown
 *   (then every non-empty field counts as the user's)
 * @param parsedNow - what the parser read from the new file
 */
export function mergeMetadata(current: BriefingMetadata, parsedBefore: BriefingMetadata | null, parsedNow: BriefingMetadata): BriefingMetadata {
  const merged = { ...current };
  for (const field of FIELDS) {
    const userSet = parsedBefore ? !same(current[field], parsedBefore[field]) : !isEmpty(current[field]);
    if (!userSet && !isEmpty(parsedNow[field])) (merged as Record<string, unknown>)[field] = parsedNow[field];
  }
  return merged;
}
